UNWIND $rows AS row
MERGE (l:Label {id: row.id})
SET l.name = row.name,
    l.sha256 = row.sha256,
    l.document = row.document,
    l.search_name = row.search_name,
    l.seen_at = $seen_at
