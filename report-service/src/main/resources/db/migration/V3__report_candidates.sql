-- The townships a report may be from while the text does not decide which: every office that
-- covers one of them sees the report as "needs its township" until one confirms it.
CREATE TABLE report_candidate (
    report_id     UUID NOT NULL REFERENCES report (id) ON DELETE CASCADE,
    township_code TEXT NOT NULL,
    PRIMARY KEY (report_id, township_code)
);
CREATE INDEX report_candidate_code ON report_candidate (township_code text_pattern_ops);
