MATCH (g:Genre {name: $name})
RETURN g.release_count AS release_count, COUNT { (:Release)-[:IS]->(g) } AS actual
