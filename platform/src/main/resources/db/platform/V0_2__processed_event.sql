-- Idempotent consumption (platform): the ce_id of every event a consumer has applied, written in
-- the same transaction as the effect, so a redelivered event changes nothing.
CREATE TABLE processed_event (
    consumer     TEXT        NOT NULL,
    event_id     TEXT        NOT NULL,
    processed_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);
