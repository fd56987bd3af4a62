// link.source is the member whose record lists link.target as a group.
UNWIND $links AS link
MATCH (m:Artist {id: link.source})
MERGE (g:Artist {id: link.target})
// A placeholder (no record yet) takes the name the reference gave it.
SET g.name = CASE WHEN g.sha256 IS NULL THEN coalesce(g.name, link.name) ELSE g.name END
MERGE (m)-[r:MEMBER_OF]->(g)
SET r.listed_by_member = true
