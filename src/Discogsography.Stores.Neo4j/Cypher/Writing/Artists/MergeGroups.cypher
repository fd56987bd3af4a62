// link.source is the member whose record lists link.target as a group.
UNWIND $links AS link
MATCH (m:Artist {id: link.source})
MERGE (g:Artist {id: link.target})
MERGE (m)-[r:MEMBER_OF]->(g)
SET r.listed_by_member = true
