UNWIND $links AS link
MATCH (m:Master {id: link.source})
MERGE (a:Artist {id: link.target})
MERGE (m)-[:BY]->(a)
