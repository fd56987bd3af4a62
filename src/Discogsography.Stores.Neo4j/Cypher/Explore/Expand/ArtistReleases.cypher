// One page of the artist's releases per parent (year descending, unknown years last, then id) and their total,
// optionally only releases with a known year <= $before_year.
UNWIND $keys AS parent_key
MATCH (parent:Artist {id: parent_key})
CALL (parent) {
  OPTIONAL MATCH (parent)<-[:BY]-(r:Release)
  WHERE $before_year IS NULL OR (r.year > 0 AND r.year <= $before_year)
  RETURN count(DISTINCT r) AS total
}
CALL (parent) {
  MATCH (parent)<-[:BY]-(r:Release)
  WHERE $before_year IS NULL OR (r.year > 0 AND r.year <= $before_year)
  WITH DISTINCT r
  ORDER BY r.year IS NULL, r.year DESC, r.id
  SKIP $skip
  LIMIT $limit
  RETURN collect({id: r.id, name: r.title, year: r.year, count: null}) AS items
}
RETURN parent_key, total, items
