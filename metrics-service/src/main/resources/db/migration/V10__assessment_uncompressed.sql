-- An assessment's body (about 22 KB of JSON with its evidence) and the report snapshot it was made
-- from (about 10 KB) are stored out of line without pglz compression, which cost more CPU per
-- stored assessment than any other statement of the pipeline. Existing rows keep their compression.
ALTER TABLE assessment
    ALTER COLUMN body SET STORAGE EXTERNAL,
    ALTER COLUMN snapshot SET STORAGE EXTERNAL;
