UNWIND $rows AS row
MERGE (m:Master {id: row.id})
SET m.title = row.title,
    m.year = row.year,
    m.sha256 = row.sha256,
    m.document = row.document,
    m.search_name = row.search_name,
    m.seen_at = $seen_at
