// A parent's record lists its sublabels: withdraw its claim on each (sub)-[:SUBLABEL_OF]->(parent) edge,
// and delete the edges the sublabel's own record does not claim either.
UNWIND $ids AS id
MATCH (:Label)-[r:SUBLABEL_OF]->(:Label {id: id})
SET r.listed_by_parent = false
WITH r
WHERE NOT coalesce(r.listed_by_child, false)
DELETE r
