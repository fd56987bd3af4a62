// A person credited with a Discogs artist id is that artist (a placeholder until the artist's record arrives, so the
// edge does not depend on which queue drained first).
UNWIND $links AS link
MATCH (p:Person {key: link.person_key})
MERGE (a:Artist {id: link.artist_id})
MERGE (p)-[:SAME_AS]->(a)
