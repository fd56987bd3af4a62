// Releases tagged with both a genre and a style, per pair.
MATCH (g:Genre)<-[:IS]-(r:Release)-[:IS]->(s:Style)
RETURN g.name AS genre, s.name AS style, count(DISTINCT r) AS count
