UNWIND $rows AS row
MERGE (a:Artist {id: row.id})
SET a.name = row.name,
    a.sha256 = row.sha256,
    a.document = row.document,
    a.search_name = row.search_name,
    a.seen_at = $seen_at,
    a.resource_url = 'https://api.discogs.com/artists/' + toString(row.id),
    a.releases_url = 'https://api.discogs.com/artists/' + toString(row.id) + '/releases'
