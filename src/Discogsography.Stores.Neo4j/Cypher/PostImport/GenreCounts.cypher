// Per genre: releases, distinct artists, labels and co-occurring styles of its releases, and the first known year.
MATCH (g:Genre)
CALL (g) {
  CALL (g) {
    OPTIONAL MATCH (r:Release)-[:IS]->(g)
    RETURN count(r) AS release_count, min(CASE WHEN r.year > 0 THEN r.year END) AS first_year
  }
  CALL (g) {
    OPTIONAL MATCH (g)<-[:IS]-(:Release)-[:BY]->(a:Artist)
    RETURN count(DISTINCT a) AS artist_count
  }
  CALL (g) {
    OPTIONAL MATCH (g)<-[:IS]-(:Release)-[:ON]->(l:Label)
    RETURN count(DISTINCT l) AS label_count
  }
  CALL (g) {
    OPTIONAL MATCH (g)<-[:IS]-(:Release)-[:IS]->(s:Style)
    RETURN count(DISTINCT s) AS style_count
  }
  SET g.release_count = release_count,
      g.artist_count = artist_count,
      g.label_count = label_count,
      g.style_count = style_count,
      g.first_year = first_year
} IN TRANSACTIONS OF 1 ROW
RETURN count(*) AS updated
