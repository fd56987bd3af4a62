// link.source is the group whose record lists link.target as a member.
UNWIND $links AS link
MATCH (g:Artist {id: link.source})
MERGE (m:Artist {id: link.target})
MERGE (m)-[r:MEMBER_OF]->(g)
SET r.listed_by_group = true
