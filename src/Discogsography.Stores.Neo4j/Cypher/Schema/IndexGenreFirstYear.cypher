CREATE INDEX genre_first_year_index IF NOT EXISTS FOR (n:Genre) ON (n.first_year)
