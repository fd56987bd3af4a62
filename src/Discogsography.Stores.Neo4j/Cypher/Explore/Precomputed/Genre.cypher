// The post-import counts of a genre (null when the precomputation has not run).
MATCH (g:Genre {name: $key})
RETURN g.release_count AS releases, g.artist_count AS artists, g.label_count AS labels, g.style_count AS styles
