// Every genre with releases and their count (post-import release_count, live when it has not run).
MATCH (g:Genre)
WITH g, CASE WHEN g.release_count IS NULL THEN COUNT { MATCH (g)<-[:IS]-(r:Release) RETURN DISTINCT r } ELSE g.release_count END AS count
WHERE count > 0
RETURN g.name AS name, count
