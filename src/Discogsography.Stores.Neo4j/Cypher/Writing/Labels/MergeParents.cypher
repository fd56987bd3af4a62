// link.source is the sublabel whose record names link.target as its parent.
UNWIND $links AS link
MATCH (sub:Label {id: link.source})
MERGE (parent:Label {id: link.target})
MERGE (sub)-[r:SUBLABEL_OF]->(parent)
SET r.listed_by_child = true
