// link.source is the group whose record lists link.target as a member.
UNWIND $links AS link
MATCH (g:Artist {id: link.source})
MERGE (m:Artist {id: link.target})
// A placeholder (no record yet) takes the name the reference gave it.
SET m.name = CASE WHEN m.sha256 IS NULL THEN coalesce(m.name, link.name) ELSE m.name END
MERGE (m)-[r:MEMBER_OF]->(g)
SET r.listed_by_group = true
