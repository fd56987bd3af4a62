// Styles by name with their counts: the post-import properties, computed live when the precomputation has not run.
UNWIND $names AS name
MATCH (t:Style {name: name})
WITH t, t.release_count IS NULL AS live
RETURN t.name AS name,
  CASE WHEN live THEN COUNT { MATCH (t)<-[:IS]-(r:Release) RETURN DISTINCT r } ELSE t.release_count END AS release_count,
  CASE WHEN live THEN COUNT { MATCH (t)<-[:IS]-(:Release)-[:BY]->(a:Artist) RETURN DISTINCT a } ELSE t.artist_count END AS artist_count,
  CASE WHEN live THEN COUNT { MATCH (t)<-[:IS]-(:Release)-[:ON]->(l:Label) RETURN DISTINCT l } ELSE t.label_count END AS label_count,
  CASE WHEN live THEN COUNT { MATCH (t)<-[:IS]-(:Release)-[:IS]->(o:Genre) RETURN DISTINCT o } ELSE t.genre_count END AS other_count,
  CASE WHEN live THEN COLLECT { MATCH (t)<-[:IS]-(r:Release) WHERE r.year > 0 RETURN min(r.year) }[0] ELSE t.first_year END AS first_year
