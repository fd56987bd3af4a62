// Genres and styles first seen in or before $before_year (post-import first_year, live when it has not run).
MATCH (t:Genre)
WITH t, CASE WHEN t.release_count IS NULL THEN COLLECT { MATCH (t)<-[:IS]-(r:Release) WHERE r.year > 0 RETURN min(r.year) }[0] ELSE t.first_year END AS first_year
WHERE first_year <= $before_year
RETURN 'Genre' AS kind, t.name AS name, first_year
UNION ALL
MATCH (t:Style)
WITH t, CASE WHEN t.release_count IS NULL THEN COLLECT { MATCH (t)<-[:IS]-(r:Release) WHERE r.year > 0 RETURN min(r.year) }[0] ELSE t.first_year END AS first_year
WHERE first_year <= $before_year
RETURN 'Style' AS kind, t.name AS name, first_year
