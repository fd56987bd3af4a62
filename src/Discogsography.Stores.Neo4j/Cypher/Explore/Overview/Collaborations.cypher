// Per other main artist and known year: the distinct releases the artist shares with them.
MATCH (me:Artist {id: $artist_id})<-[:BY]-(r:Release)-[:BY]->(other:Artist)
WHERE r.year > 0 AND other <> me
RETURN other.id AS id, other.name AS name, r.year AS year, count(DISTINCT r) AS count
