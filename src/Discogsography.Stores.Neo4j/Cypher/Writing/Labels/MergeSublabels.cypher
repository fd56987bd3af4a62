// link.source is the parent whose record lists link.target as a sublabel.
UNWIND $links AS link
MATCH (parent:Label {id: link.source})
MERGE (sub:Label {id: link.target})
MERGE (sub)-[r:SUBLABEL_OF]->(parent)
SET r.listed_by_parent = true
