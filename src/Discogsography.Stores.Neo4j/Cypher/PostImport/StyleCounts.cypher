// Per style: releases, distinct artists, labels and co-occurring genres of its releases, and the first known year.
MATCH (s:Style)
CALL (s) {
  CALL (s) {
    OPTIONAL MATCH (r:Release)-[:IS]->(s)
    RETURN count(r) AS release_count, min(CASE WHEN r.year > 0 THEN r.year END) AS first_year
  }
  CALL (s) {
    OPTIONAL MATCH (s)<-[:IS]-(:Release)-[:BY]->(a:Artist)
    RETURN count(DISTINCT a) AS artist_count
  }
  CALL (s) {
    OPTIONAL MATCH (s)<-[:IS]-(:Release)-[:ON]->(l:Label)
    RETURN count(DISTINCT l) AS label_count
  }
  CALL (s) {
    OPTIONAL MATCH (s)<-[:IS]-(:Release)-[:IS]->(g:Genre)
    RETURN count(DISTINCT g) AS genre_count
  }
  SET s.release_count = release_count,
      s.artist_count = artist_count,
      s.label_count = label_count,
      s.genre_count = genre_count,
      s.first_year = first_year
} IN TRANSACTIONS OF 10 ROWS
RETURN count(*) AS updated
