// One page of search hits: every folded query word is a word of the folded name, filters applied; ordered by name
// length, kind ($sources: {index, kind} with the kind's ordinal), id; each hit with its genres.
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
WITH source.kind AS kind, node, name
ORDER BY size(name), kind, node.id
SKIP $skip
LIMIT $limit
RETURN kind, node.id AS id, name, node.year AS year,
  COLLECT { MATCH (node)-[:IS]->(g:Genre) RETURN g.name ORDER BY g.name } AS genres
