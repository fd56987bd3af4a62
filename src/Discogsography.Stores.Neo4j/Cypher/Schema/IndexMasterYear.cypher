CREATE INDEX master_year_index IF NOT EXISTS FOR (n:Master) ON (n.year)
