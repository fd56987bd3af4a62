// Genre nodes exist only through relationships: remove those left without any.
MATCH (n:Genre)
WHERE NOT EXISTS { (n)--() }
CALL (n) {
  DELETE n
} IN TRANSACTIONS OF $chunk ROWS
RETURN count(*) AS removed
