-- Roll-ups aggregate part scores in SQL; template reuse flags a report for the county view.
ALTER TABLE assessment ADD COLUMN part_scores JSONB NOT NULL DEFAULT '{}';
ALTER TABLE assessment ADD COLUMN reuse_matches INT NOT NULL DEFAULT 0;
CREATE INDEX assessment_current_year ON assessment (year, township_code) WHERE status = 'current';
