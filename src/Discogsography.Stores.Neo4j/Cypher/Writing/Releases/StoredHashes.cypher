// The stored SHA-256 of each id that exists as a Release (a placeholder answers null).
UNWIND $ids AS id
MATCH (n:Release {id: id})
RETURN n.id AS id, n.sha256 AS sha256
