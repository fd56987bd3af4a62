// The stored SHA-256 of each id that exists as a Label (a placeholder answers null).
UNWIND $ids AS id
MATCH (n:Label {id: id})
RETURN n.id AS id, n.sha256 AS sha256
