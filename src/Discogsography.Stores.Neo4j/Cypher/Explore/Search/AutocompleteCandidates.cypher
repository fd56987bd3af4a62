// Autocomplete candidates per source index ($sources: {index, kind}): every folded query word prefixes a word of
// the folded name (search_name), placeholders excluded; the shortest names first, at most $candidates per source.
UNWIND $sources AS source
CALL (source) {
  CALL db.index.fulltext.queryNodes(source.index, $lucene) YIELD node
  WITH node, coalesce(node.name, node.title) AS name
  WHERE node.sha256 IS NOT NULL AND name IS NOT NULL
    AND all(word IN $words WHERE any(part IN split(node.search_name, ' ') WHERE part STARTS WITH word))
  WITH node, name
  ORDER BY size(name), node.id
  LIMIT $candidates
  RETURN node.id AS id, name
}
RETURN source.kind AS kind, id, name
