// Summaries (key, name or title, year) of nodes of every kind in one round trip; unknown keys give no row.
UNWIND $artists AS id
MATCH (n:Artist {id: id})
RETURN 'Artist' AS kind, n.id AS id, n.name AS name, null AS year
UNION ALL
UNWIND $labels AS id
MATCH (n:Label {id: id})
RETURN 'Label' AS kind, n.id AS id, n.name AS name, null AS year
UNION ALL
UNWIND $masters AS id
MATCH (n:Master {id: id})
RETURN 'Master' AS kind, n.id AS id, n.title AS name, n.year AS year
UNION ALL
UNWIND $releases AS id
MATCH (n:Release {id: id})
RETURN 'Release' AS kind, n.id AS id, n.title AS name, n.year AS year
UNION ALL
UNWIND $genres AS key
MATCH (n:Genre {name: key})
RETURN 'Genre' AS kind, 0 AS id, n.name AS name, null AS year
UNION ALL
UNWIND $styles AS key
MATCH (n:Style {name: key})
RETURN 'Style' AS kind, 0 AS id, n.name AS name, null AS year
