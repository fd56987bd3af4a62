-- One row per Discogs monthly dump: where its download and processing stand.
CREATE TABLE dump_processing (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    year_month    text        NOT NULL,
    dump_version  text        NOT NULL,
    status        text        NOT NULL DEFAULT 'not_started',
    checksums     jsonb       NOT NULL DEFAULT '{}'::jsonb,
    statistics    jsonb       NOT NULL DEFAULT '{}'::jsonb,
    retry_count   integer     NOT NULL DEFAULT 0,
    last_error    text        NULL,
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL,
    started_at    timestamptz NULL,
    completed_at  timestamptz NULL,
    CONSTRAINT uq_dump_processing_year_month UNIQUE (year_month),
    CONSTRAINT ck_dump_processing_year_month CHECK (year_month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
    CONSTRAINT ck_dump_processing_status CHECK (status IN
        ('not_started', 'downloading', 'ready_for_processing', 'processing', 'completed', 'failed')),
    CONSTRAINT ck_dump_processing_retry_count CHECK (retry_count >= 0)
);

CREATE INDEX ix_dump_processing_status ON dump_processing (status);
