// Person nodes exist only through relationships: remove those left without any.
MATCH (n:Person)
WHERE NOT EXISTS { (n)--() }
CALL (n) {
  DELETE n
} IN TRANSACTIONS OF $chunk ROWS
RETURN count(*) AS removed
