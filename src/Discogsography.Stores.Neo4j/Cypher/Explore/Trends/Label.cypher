// Distinct releases per known year linked to the label, ascending by year.
MATCH (parent:Label {id: $key})
MATCH (parent)<-[:ON]-(r:Release)
WHERE r.year > 0
WITH DISTINCT r
RETURN r.year AS year, count(r) AS count
ORDER BY year
