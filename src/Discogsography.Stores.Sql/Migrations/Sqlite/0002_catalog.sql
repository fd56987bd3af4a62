-- The relational catalog: artists, labels, masters, releases with the links queries touch, plus each
-- record's canonical JSON. Same tables and columns as the PostgreSQL script; documented in
-- src/Discogsography.Stores.Sql/Catalog/README.md. Timestamps are ISO 8601 text with offset, booleans 0/1.
-- Link tables are WITHOUT ROWID (clustered on their key); search runs on FTS5 tables kept by triggers.

CREATE TABLE artists (
    id              INTEGER NOT NULL PRIMARY KEY,
    name            TEXT    NULL,
    real_name       TEXT    NULL,
    data_quality    TEXT    NULL,
    is_placeholder  INTEGER NOT NULL DEFAULT 0,
    document        TEXT    NULL,
    sha256          TEXT    NULL,
    updated_at      TEXT    NOT NULL
);

CREATE TABLE labels (
    id                 INTEGER NOT NULL PRIMARY KEY,
    name               TEXT    NULL,
    parent_label_id    INTEGER NULL,
    parent_label_name  TEXT    NULL,
    data_quality       TEXT    NULL,
    is_placeholder     INTEGER NOT NULL DEFAULT 0,
    document           TEXT    NULL,
    sha256             TEXT    NULL,
    updated_at         TEXT    NOT NULL
);

CREATE TABLE masters (
    id               INTEGER NOT NULL PRIMARY KEY,
    title            TEXT    NULL,
    year             INTEGER NULL,
    main_release_id  INTEGER NULL,
    data_quality     TEXT    NULL,
    is_placeholder   INTEGER NOT NULL DEFAULT 0,
    document         TEXT    NULL,
    sha256           TEXT    NULL,
    updated_at       TEXT    NOT NULL
);

CREATE TABLE releases (
    id               INTEGER NOT NULL PRIMARY KEY,
    title            TEXT    NULL,
    status           TEXT    NULL,
    country          TEXT    NULL,
    released         TEXT    NULL,
    year             INTEGER NULL,
    master_id        INTEGER NULL,
    is_main_release  INTEGER NULL,
    data_quality     TEXT    NULL,
    is_placeholder   INTEGER NOT NULL DEFAULT 0,
    document         TEXT    NULL,
    sha256           TEXT    NULL,
    updated_at       TEXT    NOT NULL
);

CREATE TABLE genres (
    id    INTEGER NOT NULL PRIMARY KEY,
    name  TEXT    NOT NULL,
    CONSTRAINT uq_genres_name UNIQUE (name)
);

CREATE TABLE styles (
    id    INTEGER NOT NULL PRIMARY KEY,
    name  TEXT    NOT NULL,
    CONSTRAINT uq_styles_name UNIQUE (name)
);

CREATE TABLE artist_aliases (
    artist_id  INTEGER NOT NULL,
    position   INTEGER NOT NULL,
    alias_id   INTEGER NULL,
    name       TEXT    NULL,
    PRIMARY KEY (artist_id, position)
) WITHOUT ROWID;

CREATE TABLE artist_members (
    group_id   INTEGER NOT NULL,
    position   INTEGER NOT NULL,
    member_id  INTEGER NULL,
    name       TEXT    NULL,
    PRIMARY KEY (group_id, position)
) WITHOUT ROWID;

CREATE TABLE artist_groups (
    artist_id  INTEGER NOT NULL,
    position   INTEGER NOT NULL,
    group_id   INTEGER NULL,
    name       TEXT    NULL,
    PRIMARY KEY (artist_id, position)
) WITHOUT ROWID;

CREATE TABLE label_sublabels (
    label_id     INTEGER NOT NULL,
    position     INTEGER NOT NULL,
    sublabel_id  INTEGER NULL,
    name         TEXT    NULL,
    PRIMARY KEY (label_id, position)
) WITHOUT ROWID;

CREATE TABLE master_artists (
    master_id  INTEGER NOT NULL,
    position   INTEGER NOT NULL,
    artist_id  INTEGER NULL,
    name       TEXT    NULL,
    anv        TEXT    NULL,
    join_text  TEXT    NULL,
    PRIMARY KEY (master_id, position)
) WITHOUT ROWID;

CREATE TABLE master_genres (
    master_id  INTEGER NOT NULL,
    genre_id   INTEGER NOT NULL,
    PRIMARY KEY (master_id, genre_id)
) WITHOUT ROWID;

CREATE TABLE master_styles (
    master_id  INTEGER NOT NULL,
    style_id   INTEGER NOT NULL,
    PRIMARY KEY (master_id, style_id)
) WITHOUT ROWID;

CREATE TABLE release_artists (
    release_id  INTEGER NOT NULL,
    position    INTEGER NOT NULL,
    artist_id   INTEGER NULL,
    name        TEXT    NULL,
    anv         TEXT    NULL,
    join_text   TEXT    NULL,
    year        INTEGER NULL,
    PRIMARY KEY (release_id, position)
) WITHOUT ROWID;

CREATE TABLE release_labels (
    release_id  INTEGER NOT NULL,
    position    INTEGER NOT NULL,
    label_id    INTEGER NULL,
    name        TEXT    NULL,
    catno       TEXT    NULL,
    year        INTEGER NULL,
    PRIMARY KEY (release_id, position)
) WITHOUT ROWID;

CREATE TABLE release_genres (
    release_id  INTEGER NOT NULL,
    genre_id    INTEGER NOT NULL,
    year        INTEGER NULL,
    PRIMARY KEY (release_id, genre_id)
) WITHOUT ROWID;

CREATE TABLE release_styles (
    release_id  INTEGER NOT NULL,
    style_id    INTEGER NOT NULL,
    year        INTEGER NULL,
    PRIMARY KEY (release_id, style_id)
) WITHOUT ROWID;

CREATE TABLE release_formats (
    release_id    INTEGER NOT NULL,
    position      INTEGER NOT NULL,
    name          TEXT    NULL,
    quantity      INTEGER NULL,
    text          TEXT    NULL,
    descriptions  TEXT    NULL,
    PRIMARY KEY (release_id, position)
) WITHOUT ROWID;

CREATE TABLE credits (
    release_id     INTEGER NOT NULL,
    position       INTEGER NOT NULL,
    artist_id      INTEGER NULL,
    name           TEXT    NULL,
    anv            TEXT    NULL,
    role           TEXT    NULL,
    role_category  TEXT    NOT NULL,
    tracks         TEXT    NULL,
    PRIMARY KEY (release_id, position)
) WITHOUT ROWID;

CREATE TABLE tracks (
    release_id      INTEGER NOT NULL,
    ordinal         INTEGER NOT NULL,
    parent_ordinal  INTEGER NULL,
    position        TEXT    NULL,
    title           TEXT    NULL,
    duration        TEXT    NULL,
    PRIMARY KEY (release_id, ordinal)
) WITHOUT ROWID;

CREATE TABLE genre_stats (
    genre_id       INTEGER NOT NULL PRIMARY KEY,
    release_count  INTEGER NOT NULL,
    artist_count   INTEGER NOT NULL,
    label_count    INTEGER NOT NULL,
    style_count    INTEGER NOT NULL,
    first_year     INTEGER NULL,
    computed_at    TEXT    NOT NULL
);

CREATE TABLE style_stats (
    style_id       INTEGER NOT NULL PRIMARY KEY,
    release_count  INTEGER NOT NULL,
    artist_count   INTEGER NOT NULL,
    label_count    INTEGER NOT NULL,
    genre_count    INTEGER NOT NULL,
    first_year     INTEGER NULL,
    computed_at    TEXT    NOT NULL
);

CREATE TABLE label_stats (
    label_id       INTEGER NOT NULL PRIMARY KEY,
    release_count  INTEGER NOT NULL,
    artist_count   INTEGER NOT NULL,
    genre_count    INTEGER NOT NULL,
    computed_at    TEXT    NOT NULL
);

CREATE TABLE genre_year_counts (
    genre_id       INTEGER NOT NULL,
    year           INTEGER NOT NULL,
    release_count  INTEGER NOT NULL,
    PRIMARY KEY (genre_id, year)
) WITHOUT ROWID;

CREATE TABLE style_year_counts (
    style_id       INTEGER NOT NULL,
    year           INTEGER NOT NULL,
    release_count  INTEGER NOT NULL,
    PRIMARY KEY (style_id, year)
) WITHOUT ROWID;

CREATE TABLE label_year_counts (
    label_id       INTEGER NOT NULL,
    year           INTEGER NOT NULL,
    release_count  INTEGER NOT NULL,
    PRIMARY KEY (label_id, year)
) WITHOUT ROWID;

CREATE INDEX ix_artists_name ON artists (name);
CREATE INDEX ix_artists_placeholder ON artists (id) WHERE is_placeholder = 1;
CREATE INDEX ix_labels_name ON labels (name);
CREATE INDEX ix_labels_parent_label_id ON labels (parent_label_id) WHERE parent_label_id IS NOT NULL;
CREATE INDEX ix_labels_placeholder ON labels (id) WHERE is_placeholder = 1;
CREATE INDEX ix_masters_year ON masters (year);
CREATE INDEX ix_masters_placeholder ON masters (id) WHERE is_placeholder = 1;
CREATE INDEX ix_releases_master_id ON releases (master_id) WHERE master_id IS NOT NULL;
CREATE INDEX ix_releases_year ON releases (year);
CREATE INDEX ix_releases_placeholder ON releases (id) WHERE is_placeholder = 1;
CREATE INDEX ix_artist_aliases_alias_id ON artist_aliases (alias_id);
CREATE INDEX ix_artist_members_member_id ON artist_members (member_id);
CREATE INDEX ix_artist_groups_group_id ON artist_groups (group_id);
CREATE INDEX ix_label_sublabels_sublabel_id ON label_sublabels (sublabel_id);
CREATE INDEX ix_master_artists_artist_id ON master_artists (artist_id);
CREATE INDEX ix_master_genres_genre_id ON master_genres (genre_id);
CREATE INDEX ix_master_styles_style_id ON master_styles (style_id);
CREATE INDEX ix_release_artists_artist_year ON release_artists (artist_id, year, release_id);
CREATE INDEX ix_release_labels_label_year ON release_labels (label_id, year, release_id);
CREATE INDEX ix_release_genres_genre_year ON release_genres (genre_id, year, release_id);
CREATE INDEX ix_release_styles_style_year ON release_styles (style_id, year, release_id);
CREATE INDEX ix_credits_artist_id ON credits (artist_id) WHERE artist_id IS NOT NULL;
CREATE INDEX ix_credits_name ON credits (name);

-- Search: external-content FTS5 tables over names and titles, case- and accent-insensitive,
-- with 2- and 3-character prefix indexes for autocomplete. Rowid = the entity id.
CREATE VIRTUAL TABLE artists_search USING fts5(name, content='artists', content_rowid='id', tokenize='unicode61 remove_diacritics 2', prefix='2 3');
CREATE VIRTUAL TABLE labels_search USING fts5(name, content='labels', content_rowid='id', tokenize='unicode61 remove_diacritics 2', prefix='2 3');
CREATE VIRTUAL TABLE masters_search USING fts5(title, content='masters', content_rowid='id', tokenize='unicode61 remove_diacritics 2', prefix='2 3');
CREATE VIRTUAL TABLE releases_search USING fts5(title, content='releases', content_rowid='id', tokenize='unicode61 remove_diacritics 2', prefix='2 3');

CREATE TRIGGER artists_search_insert AFTER INSERT ON artists BEGIN
    INSERT INTO artists_search (rowid, name) VALUES (new.id, new.name);
END;
CREATE TRIGGER artists_search_delete AFTER DELETE ON artists BEGIN
    INSERT INTO artists_search (artists_search, rowid, name) VALUES ('delete', old.id, old.name);
END;
CREATE TRIGGER artists_search_update AFTER UPDATE OF name ON artists BEGIN
    INSERT INTO artists_search (artists_search, rowid, name) VALUES ('delete', old.id, old.name);
    INSERT INTO artists_search (rowid, name) VALUES (new.id, new.name);
END;

CREATE TRIGGER labels_search_insert AFTER INSERT ON labels BEGIN
    INSERT INTO labels_search (rowid, name) VALUES (new.id, new.name);
END;
CREATE TRIGGER labels_search_delete AFTER DELETE ON labels BEGIN
    INSERT INTO labels_search (labels_search, rowid, name) VALUES ('delete', old.id, old.name);
END;
CREATE TRIGGER labels_search_update AFTER UPDATE OF name ON labels BEGIN
    INSERT INTO labels_search (labels_search, rowid, name) VALUES ('delete', old.id, old.name);
    INSERT INTO labels_search (rowid, name) VALUES (new.id, new.name);
END;

CREATE TRIGGER masters_search_insert AFTER INSERT ON masters BEGIN
    INSERT INTO masters_search (rowid, title) VALUES (new.id, new.title);
END;
CREATE TRIGGER masters_search_delete AFTER DELETE ON masters BEGIN
    INSERT INTO masters_search (masters_search, rowid, title) VALUES ('delete', old.id, old.title);
END;
CREATE TRIGGER masters_search_update AFTER UPDATE OF title ON masters BEGIN
    INSERT INTO masters_search (masters_search, rowid, title) VALUES ('delete', old.id, old.title);
    INSERT INTO masters_search (rowid, title) VALUES (new.id, new.title);
END;

CREATE TRIGGER releases_search_insert AFTER INSERT ON releases BEGIN
    INSERT INTO releases_search (rowid, title) VALUES (new.id, new.title);
END;
CREATE TRIGGER releases_search_delete AFTER DELETE ON releases BEGIN
    INSERT INTO releases_search (releases_search, rowid, title) VALUES ('delete', old.id, old.title);
END;
CREATE TRIGGER releases_search_update AFTER UPDATE OF title ON releases BEGIN
    INSERT INTO releases_search (releases_search, rowid, title) VALUES ('delete', old.id, old.title);
    INSERT INTO releases_search (rowid, title) VALUES (new.id, new.title);
END;
