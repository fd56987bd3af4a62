// Labels by id: the name the graph holds and the canonical JSON of the record (absent on a placeholder).
UNWIND $ids AS id
MATCH (n:Label {id: id})
RETURN n.id AS id, n.name AS name, n.document AS document
