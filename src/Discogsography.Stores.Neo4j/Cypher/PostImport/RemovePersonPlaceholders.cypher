// A person exists for its credits: remove those left without any (with a SAME_AS edge they may still have).
MATCH (n:Person)
WHERE NOT EXISTS { (n)-[:CREDITED_ON]->() }
CALL (n) {
  DETACH DELETE n
} IN TRANSACTIONS OF $chunk ROWS
RETURN count(*) AS removed
