UNWIND $links AS link
MATCH (r:Release {id: link.source})
MERGE (a:Artist {id: link.target})
MERGE (r)-[:BY]->(a)
