-- Roll-ups select current assessments by a code prefix (township_code LIKE '140404%'): under a
-- non-C collation only text_pattern_ops lets that use an index.
DROP INDEX assessment_current_year;
CREATE INDEX assessment_current_year_prefix ON assessment (year, township_code text_pattern_ops) WHERE status = 'current';
