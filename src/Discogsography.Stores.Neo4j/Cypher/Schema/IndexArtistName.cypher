CREATE INDEX artist_name IF NOT EXISTS FOR (n:Artist) ON (n.name)
