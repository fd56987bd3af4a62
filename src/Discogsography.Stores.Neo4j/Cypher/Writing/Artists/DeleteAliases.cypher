// (alias)-[:ALIAS_OF]->(artist) edges come only from the artist's own aliases list.
UNWIND $ids AS id
MATCH (:Artist)-[r:ALIAS_OF]->(:Artist {id: id})
DELETE r
