// Style nodes exist only through relationships: remove those left without any.
MATCH (n:Style)
WHERE NOT EXISTS { (n)--() }
CALL (n) {
  DELETE n
} IN TRANSACTIONS OF $chunk ROWS
RETURN count(*) AS removed
