// A shortest path of at most 6 relationships between two distinct nodes (no row when an end does not exist,
// a null path when none is that short). The bound is a literal: one file per allowed depth.
CALL () {
  MATCH (n:Artist {id: $from_id}) WHERE $from_kind = 'Artist' RETURN n
  UNION
  MATCH (n:Label {id: $from_id}) WHERE $from_kind = 'Label' RETURN n
  UNION
  MATCH (n:Master {id: $from_id}) WHERE $from_kind = 'Master' RETURN n
  UNION
  MATCH (n:Release {id: $from_id}) WHERE $from_kind = 'Release' RETURN n
  UNION
  MATCH (n:Genre {name: $from_name}) WHERE $from_kind = 'Genre' RETURN n
  UNION
  MATCH (n:Style {name: $from_name}) WHERE $from_kind = 'Style' RETURN n
}
WITH n AS source
CALL () {
  MATCH (n:Artist {id: $to_id}) WHERE $to_kind = 'Artist' RETURN n
  UNION
  MATCH (n:Label {id: $to_id}) WHERE $to_kind = 'Label' RETURN n
  UNION
  MATCH (n:Master {id: $to_id}) WHERE $to_kind = 'Master' RETURN n
  UNION
  MATCH (n:Release {id: $to_id}) WHERE $to_kind = 'Release' RETURN n
  UNION
  MATCH (n:Genre {name: $to_name}) WHERE $to_kind = 'Genre' RETURN n
  UNION
  MATCH (n:Style {name: $to_name}) WHERE $to_kind = 'Style' RETURN n
}
WITH source, n AS target
OPTIONAL MATCH path = shortestPath((source)-[:BY|ON|IS|ALIAS_OF|MEMBER_OF|DERIVED_FROM*..6]-(target))
RETURN path
