-- The texts of a version (the original bytes, the original and normalised text, the parsed
-- structure: about 35 KB together) are stored out of line without pglz compression. Compressing
-- them was the largest cost of storing a submission in PostgreSQL: a season of 41,000 townships is
-- a few GB either way, but the CPU is spent on the request path. Existing rows keep their
-- compression; new ones are stored plainly. (Measured: report-service/README.md.)
ALTER TABLE report_version
    ALTER COLUMN original SET STORAGE EXTERNAL,
    ALTER COLUMN original_text SET STORAGE EXTERNAL,
    ALTER COLUMN normalized_text SET STORAGE EXTERNAL,
    ALTER COLUMN parsed SET STORAGE EXTERNAL;
