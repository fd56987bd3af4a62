-- One row per Discogs monthly dump: where its download and processing stand.
-- Timestamps are ISO 8601 text with offset; JSON columns are text.
CREATE TABLE dump_processing (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    year_month    TEXT    NOT NULL,
    dump_version  TEXT    NOT NULL,
    status        TEXT    NOT NULL DEFAULT 'not_started',
    checksums     TEXT    NOT NULL DEFAULT '{}',
    statistics    TEXT    NOT NULL DEFAULT '{}',
    retry_count   INTEGER NOT NULL DEFAULT 0,
    last_error    TEXT    NULL,
    created_at    TEXT    NOT NULL,
    updated_at    TEXT    NOT NULL,
    started_at    TEXT    NULL,
    completed_at  TEXT    NULL,
    CONSTRAINT uq_dump_processing_year_month UNIQUE (year_month),
    CONSTRAINT ck_dump_processing_year_month CHECK (year_month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
    CONSTRAINT ck_dump_processing_status CHECK (status IN
        ('not_started', 'downloading', 'ready_for_processing', 'processing', 'completed', 'failed')),
    CONSTRAINT ck_dump_processing_retry_count CHECK (retry_count >= 0)
);

CREATE INDEX ix_dump_processing_status ON dump_processing (status);
