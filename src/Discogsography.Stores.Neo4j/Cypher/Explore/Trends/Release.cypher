// A release's own known year.
MATCH (r:Release {id: $key})
WHERE r.year > 0
RETURN r.year AS year, 1 AS count
