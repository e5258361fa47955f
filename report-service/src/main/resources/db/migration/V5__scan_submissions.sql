-- Scans read by OCR after their request was answered (202 Accepted): what arrived, from whom, and
-- how the reading ended. The row is the queue: a process that dies mid-scan leaves it READING with a
-- lease that runs out, and any replica reads it again. The original is dropped once stored as a
-- version (report_version keeps it) or refused.
CREATE TABLE scan_submission (
    id               UUID PRIMARY KEY,
    caller_subject   TEXT        NOT NULL,
    caller_group     TEXT        NOT NULL,
    caller_place     TEXT        NOT NULL,
    caller_importer  BOOLEAN     NOT NULL,
    idempotency_key  TEXT,
    request_hash     TEXT        NOT NULL,
    township_code    TEXT,
    year             INT,
    submitted_at     TIMESTAMPTZ,
    file_name        TEXT,
    original         BYTEA,
    state            TEXT        NOT NULL CHECK (state IN ('READING', 'STORED', 'REFUSED')),
    attempts         INT         NOT NULL DEFAULT 0,
    lease_until      TIMESTAMPTZ NOT NULL,
    received_at      TIMESTAMPTZ NOT NULL,
    finished_at      TIMESTAMPTZ,
    report_id        UUID,
    version          INT,
    problem_type     TEXT,
    problem_detail   TEXT,
    UNIQUE (caller_subject, idempotency_key)
);
CREATE INDEX scan_submission_reading ON scan_submission (lease_until) WHERE state = 'READING';
