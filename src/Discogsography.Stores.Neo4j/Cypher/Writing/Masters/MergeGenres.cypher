UNWIND $links AS link
MATCH (m:Master {id: link.source})
MERGE (g:Genre {name: link.name})
MERGE (m)-[:IS]->(g)
