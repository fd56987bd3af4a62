// A group's record lists its members: withdraw the group's claim on each (member)-[:MEMBER_OF]->(group) edge,
// and delete the edges the member's own record does not claim either.
UNWIND $ids AS id
MATCH (:Artist)-[r:MEMBER_OF]->(:Artist {id: id})
SET r.listed_by_group = false
WITH r
WHERE NOT coalesce(r.listed_by_member, false)
DELETE r
