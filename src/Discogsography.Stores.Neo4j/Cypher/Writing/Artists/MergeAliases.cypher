// link.source is the artist whose record lists link.target as an alias.
UNWIND $links AS link
MATCH (a:Artist {id: link.source})
MERGE (alias:Artist {id: link.target})
MERGE (alias)-[:ALIAS_OF]->(a)
