// One page of the artists linked to each parent by ALIAS_OF or MEMBER_OF in either direction (by id) and their total.
UNWIND $keys AS parent_key
MATCH (parent:Artist {id: parent_key})
CALL (parent) {
  OPTIONAL MATCH (parent)-[:ALIAS_OF|MEMBER_OF]-(c:Artist)
  WHERE c <> parent
  RETURN count(DISTINCT c) AS total
}
CALL (parent) {
  MATCH (parent)-[:ALIAS_OF|MEMBER_OF]-(c:Artist)
  WHERE c <> parent
  WITH DISTINCT c
  ORDER BY c.id
  SKIP $skip
  LIMIT $limit
  RETURN collect({id: c.id, name: c.name, year: null, count: null}) AS items
}
RETURN parent_key, total, items
