// The earliest and latest known release years.
MATCH (r:Release)
WHERE r.year > 0
RETURN min(r.year) AS min, max(r.year) AS max
