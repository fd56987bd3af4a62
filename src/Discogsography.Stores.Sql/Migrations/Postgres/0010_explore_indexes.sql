-- Explore: ordered prefix lookups for autocomplete. catalog_fold(name) in byte order lets
-- "names starting with the query" be read from the index in order, exact match first, however many
-- names share a short prefix (the full-text indexes of 0002 find words inside names).
CREATE INDEX ix_artists_name_fold_prefix ON artists ((catalog_fold(name)) COLLATE "C");
CREATE INDEX ix_labels_name_fold_prefix ON labels ((catalog_fold(name)) COLLATE "C");
CREATE INDEX ix_masters_title_fold_prefix ON masters ((catalog_fold(title)) COLLATE "C");
CREATE INDEX ix_releases_title_fold_prefix ON releases ((catalog_fold(title)) COLLATE "C");
