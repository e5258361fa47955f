-- The persisted similarity index for template reuse: MinHash signatures of report passages and
-- their LSH band hashes, so finding near copies looks up bands instead of scanning reports.
CREATE TABLE reuse_passage (
    report_id     TEXT  NOT NULL,
    passage       INT   NOT NULL,
    township_code TEXT  NOT NULL,
    year          INT   NOT NULL,
    start_at      INT   NOT NULL,
    end_at        INT   NOT NULL,
    signature     INT[] NOT NULL,
    PRIMARY KEY (report_id, passage)
);

CREATE TABLE reuse_band (
    band      SMALLINT NOT NULL,
    hash      INT      NOT NULL,
    report_id TEXT     NOT NULL,
    passage   INT      NOT NULL
);
CREATE INDEX reuse_band_lookup ON reuse_band (band, hash);
CREATE INDEX reuse_band_report ON reuse_band (report_id);
