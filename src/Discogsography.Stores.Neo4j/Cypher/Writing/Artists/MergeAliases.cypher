// link.source is the artist whose record lists link.target as an alias.
UNWIND $links AS link
MATCH (a:Artist {id: link.source})
MERGE (alias:Artist {id: link.target})
// A placeholder (no record yet) takes the name the reference gave it.
SET alias.name = CASE WHEN alias.sha256 IS NULL THEN coalesce(alias.name, link.name) ELSE alias.name END
MERGE (alias)-[:ALIAS_OF]->(a)
