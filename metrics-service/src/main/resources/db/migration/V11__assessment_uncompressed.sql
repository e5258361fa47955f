-- An assessment's body (its evidence, about 22 KB of JSON) and the report snapshot it was made
-- from (about 10 KB) are stored out of line without pglz compression: the CPU of compressing them
-- was spent in the same two cores as the request path. Existing rows keep their compression.
-- (Measured: metrics-service/README.md.)
ALTER TABLE assessment
    ALTER COLUMN body SET STORAGE EXTERNAL,
    ALTER COLUMN snapshot SET STORAGE EXTERNAL;
