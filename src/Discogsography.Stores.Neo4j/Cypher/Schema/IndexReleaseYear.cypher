CREATE INDEX release_year_index IF NOT EXISTS FOR (n:Release) ON (n.year)
