// A changed release's BY, ON, DERIVED_FROM and IS edges are its own: they are replaced by what the new version lists.
UNWIND $ids AS id
MATCH (:Release {id: id})-[r:BY|ON|DERIVED_FROM|IS]->()
DELETE r
