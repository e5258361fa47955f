-- Lookups read only (band, hash) → (report_id, passage): with both in the index they are answered
-- from the index alone, without a visit to the table for each member of a bucket.
CREATE INDEX reuse_band_lookup_covering ON reuse_band (band, hash) INCLUDE (report_id, passage);
DROP INDEX reuse_band_lookup;
