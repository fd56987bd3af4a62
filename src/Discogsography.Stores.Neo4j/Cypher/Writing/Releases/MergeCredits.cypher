// A credited person is keyed 'artist:<id>' when the credit names a Discogs artist, else 'name:<name>'.
UNWIND $credits AS credit
MATCH (r:Release {id: credit.release_id})
MERGE (p:Person {key: credit.person_key})
SET p.name = credit.name,
    p.artist_id = credit.artist_id
MERGE (p)-[c:CREDITED_ON {role: credit.role}]->(r)
SET c.category = credit.category
