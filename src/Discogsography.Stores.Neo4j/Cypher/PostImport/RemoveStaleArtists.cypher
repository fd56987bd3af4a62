// Records absent from the new dump, removed in chunks with their relationships.
MATCH (n:Artist)
WHERE n.sha256 IS NOT NULL AND coalesce(n.seen_at, 0) < $started_at
CALL (n) {
  DETACH DELETE n
} IN TRANSACTIONS OF $chunk ROWS
RETURN count(*) AS removed
