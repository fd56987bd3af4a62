// One page of the genres of each label's releases by distinct shared releases (descending, then name)
// and their total, optionally only releases with a known year <= $before_year.
UNWIND $keys AS parent_key
MATCH (parent:Label {id: parent_key})
CALL (parent) {
  OPTIONAL MATCH (parent)<-[:ON]-(r:Release)-[:IS]->(c:Genre)
  WHERE $before_year IS NULL OR (r.year > 0 AND r.year <= $before_year)
  RETURN count(DISTINCT c) AS total
}
CALL (parent) {
  MATCH (parent)<-[:ON]-(r:Release)-[:IS]->(c:Genre)
  WHERE $before_year IS NULL OR (r.year > 0 AND r.year <= $before_year)
  WITH c, count(DISTINCT r) AS shared
  ORDER BY shared DESC, c.name
  SKIP $skip
  LIMIT $limit
  RETURN collect({id: 0, name: c.name, year: null, count: shared}) AS items
}
RETURN parent_key, total, items
