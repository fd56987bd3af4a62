// Distinct releases per known year linked to the style, ascending by year.
MATCH (parent:Style {name: $key})
MATCH (parent)<-[:IS]-(r:Release)
WHERE r.year > 0
WITH DISTINCT r
RETURN r.year AS year, count(r) AS count
ORDER BY year
