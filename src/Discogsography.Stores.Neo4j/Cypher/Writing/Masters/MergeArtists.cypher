UNWIND $links AS link
MATCH (m:Master {id: link.source})
MERGE (a:Artist {id: link.target})
// A placeholder (no record yet) takes the name the reference gave it.
SET a.name = CASE WHEN a.sha256 IS NULL THEN coalesce(a.name, link.name) ELSE a.name END
MERGE (m)-[:BY]->(a)
