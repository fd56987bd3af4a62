CREATE INDEX master_seen_at IF NOT EXISTS FOR (n:Master) ON (n.seen_at)
