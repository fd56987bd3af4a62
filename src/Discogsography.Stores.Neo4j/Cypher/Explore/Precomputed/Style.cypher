// The post-import counts of a style (null when the precomputation has not run).
MATCH (s:Style {name: $key})
RETURN s.release_count AS releases, s.artist_count AS artists, s.label_count AS labels, s.genre_count AS genres
