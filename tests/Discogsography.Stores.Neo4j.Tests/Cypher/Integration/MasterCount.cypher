MATCH (m:Master {id: $id})
RETURN count(m) AS masters
