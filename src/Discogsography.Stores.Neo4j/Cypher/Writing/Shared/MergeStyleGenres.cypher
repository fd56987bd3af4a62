// A style belongs to a genre when a record with exactly one genre lists the style.
UNWIND $pairs AS pair
MERGE (s:Style {name: pair.style})
MERGE (g:Genre {name: pair.genre})
MERGE (s)-[:PART_OF]->(g)
