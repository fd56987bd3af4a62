// A changed master's BY and IS edges are its own: they are replaced by what the new version lists.
UNWIND $ids AS id
MATCH (:Master {id: id})-[r:BY|IS]->()
DELETE r
