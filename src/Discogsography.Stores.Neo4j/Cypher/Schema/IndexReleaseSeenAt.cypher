CREATE INDEX release_seen_at IF NOT EXISTS FOR (n:Release) ON (n.seen_at)
