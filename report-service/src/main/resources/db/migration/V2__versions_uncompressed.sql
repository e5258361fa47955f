-- The texts of a version (about 9 KB each, three of them) are stored out of line without pglz
-- compression: under load pglz tripled the cost of storing a version (1.24 ms against 0.42 ms per
-- insert in pg_stat_statements) to save 40 % of about 28 KB. A season of 41,000 townships is about
-- 1.2 GB either way. Existing rows keep their compression; new ones are stored plainly.
ALTER TABLE report_version
    ALTER COLUMN original SET STORAGE EXTERNAL,
    ALTER COLUMN original_text SET STORAGE EXTERNAL,
    ALTER COLUMN normalized_text SET STORAGE EXTERNAL,
    ALTER COLUMN parsed SET STORAGE EXTERNAL;
