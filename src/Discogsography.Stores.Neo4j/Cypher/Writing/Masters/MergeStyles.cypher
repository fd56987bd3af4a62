UNWIND $links AS link
MATCH (m:Master {id: link.source})
MERGE (s:Style {name: link.name})
MERGE (m)-[:IS]->(s)
