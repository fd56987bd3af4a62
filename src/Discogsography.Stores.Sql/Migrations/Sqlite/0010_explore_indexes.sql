-- Explore: ordered prefix lookups for autocomplete. Names in NOCASE order let "names starting with the
-- query" be read from the index in order, exact match first (ASCII case folding only; the FTS5 tables of
-- 0002 find accented names and words inside names).
CREATE INDEX ix_artists_name_nocase ON artists (name COLLATE NOCASE);
CREATE INDEX ix_labels_name_nocase ON labels (name COLLATE NOCASE);
CREATE INDEX ix_masters_title_nocase ON masters (title COLLATE NOCASE);
CREATE INDEX ix_releases_title_nocase ON releases (title COLLATE NOCASE);
