CREATE INDEX label_name IF NOT EXISTS FOR (n:Label) ON (n.name)
