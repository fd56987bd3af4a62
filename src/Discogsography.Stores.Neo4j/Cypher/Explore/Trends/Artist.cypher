// Distinct releases per known year linked to the artist, ascending by year.
MATCH (parent:Artist {id: $key})
MATCH (parent)<-[:BY]-(r:Release)
WHERE r.year > 0
WITH DISTINCT r
RETURN r.year AS year, count(r) AS count
ORDER BY year
