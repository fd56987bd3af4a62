UNWIND $links AS link
MATCH (r:Release {id: link.source})
MERGE (g:Genre {name: link.name})
MERGE (r)-[:IS]->(g)
