// Records of this type (placeholders excluded), and those not written or seen since the dump's publishing began.
MATCH (n:Release)
WHERE n.sha256 IS NOT NULL
RETURN count(n) AS total, count(CASE WHEN coalesce(n.seen_at, 0) < $started_at THEN 1 END) AS stale
