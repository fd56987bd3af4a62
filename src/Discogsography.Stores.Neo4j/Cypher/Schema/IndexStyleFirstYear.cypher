CREATE INDEX style_first_year_index IF NOT EXISTS FOR (n:Style) ON (n.first_year)
