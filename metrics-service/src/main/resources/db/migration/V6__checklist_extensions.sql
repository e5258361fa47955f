-- Local checklist extensions: a province's, city's or county's own plan items (YAML, the format
-- of the default checklist), applied to reports of townships under its code.
CREATE TABLE checklist_extension (
    place_code TEXT        PRIMARY KEY CHECK (length(place_code) IN (2, 4, 6)),
    source     TEXT        NOT NULL,
    hash       TEXT        NOT NULL,
    created_by TEXT        NOT NULL,
    created_at TIMESTAMPTZ NOT NULL
);
