-- Band buckets seen holding more than ReuseIndex.MAX_BUCKET passages: boilerplate that many
-- townships write (opening formulas, slogans). A lookup skips such a bucket with one key probe
-- instead of reading its members, and no further passage is added to it, so its cost stays
-- constant however many reports repeat the formula. A bucket stays boilerplate for good.
CREATE TABLE reuse_boilerplate (
    band SMALLINT NOT NULL,
    hash INT      NOT NULL,
    PRIMARY KEY (band, hash)
);

INSERT INTO reuse_boilerplate (band, hash)
SELECT band, hash FROM reuse_band GROUP BY band, hash HAVING count(*) > 50;
