// A member's record lists its groups: withdraw the member's claim on each (member)-[:MEMBER_OF]->(group) edge,
// and delete the edges the group's record does not claim either.
UNWIND $ids AS id
MATCH (:Artist {id: id})-[r:MEMBER_OF]->(:Artist)
SET r.listed_by_member = false
WITH r
WHERE NOT coalesce(r.listed_by_group, false)
DELETE r
