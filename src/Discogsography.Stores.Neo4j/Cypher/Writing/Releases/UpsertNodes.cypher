UNWIND $rows AS row
MERGE (r:Release {id: row.id})
SET r.title = row.title,
    r.year = row.year,
    r.country = row.country,
    r.formats = row.formats,
    r.catalog_number = row.catalog_number,
    r.sha256 = row.sha256,
    r.document = row.document,
    r.search_name = row.search_name,
    r.seen_at = $seen_at
