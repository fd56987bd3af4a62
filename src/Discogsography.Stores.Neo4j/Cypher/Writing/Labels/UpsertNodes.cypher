UNWIND $rows AS row
MERGE (l:Label {id: row.id})
SET l.name = row.name,
    l.sha256 = row.sha256,
    l.seen_at = $seen_at
