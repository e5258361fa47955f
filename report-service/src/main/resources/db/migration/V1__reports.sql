-- Reports of townships: one per township and year, with every version kept.
CREATE TABLE report (
    id              UUID PRIMARY KEY,
    township_code   TEXT,                      -- null while the place is ambiguous
    county_code     TEXT,
    place_prefix    TEXT        NOT NULL,      -- who may see it: the township, or the candidates' common prefix
    year            INT         NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    current_version INT         NOT NULL,
    status          TEXT        NOT NULL CHECK (status IN ('active', 'withdrawn')),
    created_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    withdrawn_at    TIMESTAMPTZ
);
CREATE UNIQUE INDEX report_township_year ON report (township_code, year) WHERE township_code IS NOT NULL;
CREATE INDEX report_place_year ON report (place_prefix text_pattern_ops, year);

CREATE TABLE report_version (
    report_id       UUID        NOT NULL REFERENCES report (id),
    version         INT         NOT NULL,
    submitted_at    TIMESTAMPTZ NOT NULL,
    submitted_by    TEXT        NOT NULL,
    media_type      TEXT        NOT NULL,      -- of the original bytes
    file_name       TEXT,
    charset         TEXT,
    original        BYTEA       NOT NULL,      -- exactly what was submitted
    original_text   TEXT        NOT NULL,      -- the text as submitted (before Simplified conversion)
    normalized_text TEXT        NOT NULL,      -- what section spans index into
    parsed          TEXT        NOT NULL,      -- the parsed structure as JSON (the API view)
    PRIMARY KEY (report_id, version)
);

-- A retried submission with the same Idempotency-Key returns the first result.
CREATE TABLE idempotency_key (
    caller       TEXT        NOT NULL,
    key          TEXT        NOT NULL,
    request_hash TEXT        NOT NULL,
    report_id    UUID        NOT NULL REFERENCES report (id),
    version      INT         NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (caller, key)
);
