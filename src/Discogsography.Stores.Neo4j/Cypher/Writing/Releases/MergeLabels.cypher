UNWIND $links AS link
MATCH (r:Release {id: link.source})
MERGE (l:Label {id: link.target})
// A placeholder (no record yet) takes the name the reference gave it.
SET l.name = CASE WHEN l.sha256 IS NULL THEN coalesce(l.name, link.name) ELSE l.name END
MERGE (r)-[:ON]->(l)
