// Distinct releases per known year linked to the master, ascending by year.
MATCH (parent:Master {id: $key})
MATCH (parent)<-[:DERIVED_FROM]-(r:Release)
WHERE r.year > 0
WITH DISTINCT r
RETURN r.year AS year, count(r) AS count
ORDER BY year
