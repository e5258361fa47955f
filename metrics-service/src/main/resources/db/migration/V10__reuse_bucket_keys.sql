-- A band bucket becomes one BIGINT (the band in the high 32 bits, its hash in the low 32:
-- MinHasher.buckets) and a passage is named by a BIGINT id instead of (report id, passage number).
-- A lookup reads, groups and counts thousands of bucket members a poll: it spent most of the
-- metrics database's CPU doing so with a SMALLINT, an INT and a 36-character text per member.
ALTER TABLE reuse_passage ADD COLUMN id BIGINT GENERATED ALWAYS AS IDENTITY;
ALTER TABLE reuse_passage ADD CONSTRAINT reuse_passage_id UNIQUE (id);

ALTER TABLE reuse_band RENAME TO reuse_band_old;
CREATE TABLE reuse_band (
    bucket     BIGINT NOT NULL,
    passage_id BIGINT NOT NULL
);
INSERT INTO reuse_band (bucket, passage_id)
SELECT (o.band::BIGINT << 32) | (o.hash::BIGINT & 4294967295), p.id
  FROM reuse_band_old o JOIN reuse_passage p ON p.report_id = o.report_id AND p.passage = o.passage;
DROP TABLE reuse_band_old;
-- Lookups are answered from the index alone; removing a report's passages finds their rows by id.
CREATE INDEX reuse_band_lookup ON reuse_band (bucket) INCLUDE (passage_id);
CREATE INDEX reuse_band_passage ON reuse_band (passage_id);

ALTER TABLE reuse_boilerplate ADD COLUMN bucket BIGINT;
UPDATE reuse_boilerplate SET bucket = (band::BIGINT << 32) | (hash::BIGINT & 4294967295);
ALTER TABLE reuse_boilerplate DROP CONSTRAINT reuse_boilerplate_pkey;
ALTER TABLE reuse_boilerplate DROP COLUMN band, DROP COLUMN hash;
ALTER TABLE reuse_boilerplate ADD PRIMARY KEY (bucket);
