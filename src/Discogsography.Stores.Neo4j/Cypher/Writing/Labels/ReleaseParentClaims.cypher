// A sublabel's record names its parent: withdraw its claim on its (sub)-[:SUBLABEL_OF]->(parent) edge,
// and delete the edge unless the parent's record claims it too.
UNWIND $ids AS id
MATCH (:Label {id: id})-[r:SUBLABEL_OF]->(:Label)
SET r.listed_by_child = false
WITH r
WHERE NOT coalesce(r.listed_by_parent, false)
DELETE r
