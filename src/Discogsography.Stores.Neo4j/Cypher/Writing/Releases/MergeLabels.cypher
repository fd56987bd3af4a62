UNWIND $links AS link
MATCH (r:Release {id: link.source})
MERGE (l:Label {id: link.target})
MERGE (r)-[:ON]->(l)
