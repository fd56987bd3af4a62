// Placeholders (created by a reference, never filled by their own record) that nothing references any more.
MATCH (n:Artist)
WHERE n.sha256 IS NULL AND NOT EXISTS { (n)--() }
CALL (n) {
  DELETE n
} IN TRANSACTIONS OF $chunk ROWS
RETURN count(*) AS removed
