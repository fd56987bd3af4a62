UNWIND $links AS link
MATCH (r:Release {id: link.source})
MERGE (s:Style {name: link.name})
MERGE (r)-[:IS]->(s)
