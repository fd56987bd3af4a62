// Search hits per kind (the same matching as Search/Page).
UNWIND $sources AS source
CALL (source) {
  CALL db.index.fulltext.queryNodes(source.index, $lucene) YIELD node
  WITH node, coalesce(node.name, node.title) AS name
  WHERE node.sha256 IS NOT NULL AND name IS NOT NULL
    AND all(word IN $words WHERE word IN split(node.search_name, ' '))
    AND (size($genres) = 0 OR EXISTS { MATCH (node)-[:IS]->(g:Genre) WHERE g.name IN $genres })
    AND ($year_from IS NULL OR node.year >= $year_from)
    AND ($year_to IS NULL OR node.year <= $year_to)
  RETURN node, name
}
RETURN source.kind AS kind, count(node) AS count
ORDER BY kind
