CREATE INDEX artist_seen_at IF NOT EXISTS FOR (n:Artist) ON (n.seen_at)
