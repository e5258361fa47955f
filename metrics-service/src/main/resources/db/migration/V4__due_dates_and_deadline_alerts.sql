-- Due dates set by administrators per province, city or county (over the configured default).
CREATE TABLE due_date (
    place_code TEXT        PRIMARY KEY CHECK (length(place_code) IN (2, 4, 6)),
    due_day    TEXT        NOT NULL,          -- --MM-DD of the year after the reporting year
    updated_by TEXT        NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);

-- Deadline alerts already raised: each kind once per county and reporting year.
CREATE TABLE deadline_alert (
    county_code TEXT        NOT NULL,
    kind        TEXT        NOT NULL,
    year        INT         NOT NULL,
    raised_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (county_code, kind, year)
);
