// A person credited with a Discogs artist id is the same as that artist, when the artist is in the graph.
UNWIND $links AS link
MATCH (p:Person {key: link.person_key})
MATCH (a:Artist {id: link.artist_id})
MERGE (p)-[:SAME_AS]->(a)
