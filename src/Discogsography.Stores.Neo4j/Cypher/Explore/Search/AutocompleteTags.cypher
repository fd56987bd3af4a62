// Every genre and style name wanted by autocomplete (a few hundred at most; ranked by the caller).
MATCH (g:Genre)
WHERE $genres
RETURN 'Genre' AS kind, g.name AS name
UNION ALL
MATCH (s:Style)
WHERE $styles
RETURN 'Style' AS kind, s.name AS name
