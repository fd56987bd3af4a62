MATCH (r:Release {id: $id})-[x]->(n)
RETURN type(x) AS type, labels(n)[0] AS label, coalesce(toString(n.id), n.name) AS target
ORDER BY type, target
