// Records present in this dump but unchanged: only their seen_at moves, so stale removal keeps them.
UNWIND $ids AS id
MATCH (n:Label {id: id})
SET n.seen_at = $seen_at
