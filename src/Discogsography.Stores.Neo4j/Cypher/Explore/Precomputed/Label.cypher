// The post-import counts of a label (null when the precomputation has not run).
MATCH (l:Label {id: $key})
RETURN l.release_count AS releases, l.artist_count AS artists, l.genre_count AS genres
