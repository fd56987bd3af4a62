// Per label (placeholders included, they can carry releases): releases, distinct artists and genres of its releases.
MATCH (l:Label)
CALL (l) {
  CALL (l) {
    OPTIONAL MATCH (r:Release)-[:ON]->(l)
    RETURN count(r) AS release_count
  }
  CALL (l) {
    OPTIONAL MATCH (l)<-[:ON]-(:Release)-[:BY]->(a:Artist)
    RETURN count(DISTINCT a) AS artist_count
  }
  CALL (l) {
    OPTIONAL MATCH (l)<-[:ON]-(:Release)-[:IS]->(g:Genre)
    RETURN count(DISTINCT g) AS genre_count
  }
  SET l.release_count = release_count,
      l.artist_count = artist_count,
      l.genre_count = genre_count
} IN TRANSACTIONS OF $chunk ROWS
RETURN count(*) AS updated
