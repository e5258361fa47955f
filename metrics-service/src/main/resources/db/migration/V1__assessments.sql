-- One assessment per report version; the report's latest active one is its current assessment.
CREATE TABLE assessment (
    report_id         TEXT        NOT NULL,
    version           INT         NOT NULL,
    township_code     TEXT,                       -- null while report-service could not resolve the place
    county_code       TEXT,
    place_prefix      TEXT        NOT NULL,       -- who may read it: the township, or '' (admin only)
    year              INT         NOT NULL,
    score             NUMERIC(5, 1) NOT NULL,
    days_late         INT         NOT NULL,
    missing_contents  TEXT        NOT NULL,       -- comma-separated section kinds
    checklist_id      TEXT        NOT NULL,
    checklist_version TEXT        NOT NULL,
    checklist_hash    TEXT        NOT NULL,
    status            TEXT        NOT NULL CHECK (status IN ('current', 'superseded', 'withdrawn')),
    body              TEXT        NOT NULL,       -- the whole assessment with its evidence, as JSON
    assessed_at       TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (report_id, version)
);
CREATE INDEX assessment_place_year ON assessment (place_prefix text_pattern_ops, year) WHERE status = 'current';
