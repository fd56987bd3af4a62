CREATE INDEX label_seen_at IF NOT EXISTS FOR (n:Label) ON (n.seen_at)
