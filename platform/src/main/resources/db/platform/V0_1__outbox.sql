-- Transactional outbox (platform): a service writes its events here in the same transaction as
-- the state change; OutboxRelay publishes them to Kafka and marks them sent.
CREATE TABLE outbox_event (
    seq             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,  -- publication order
    event_id        UUID        NOT NULL UNIQUE,                      -- the CloudEvents ce_id
    topic           TEXT        NOT NULL,
    event_key       TEXT        NOT NULL,
    event_type      TEXT        NOT NULL,
    source          TEXT        NOT NULL,
    subject         TEXT,
    occurred_at     TIMESTAMPTZ NOT NULL,
    payload         TEXT        NOT NULL,                             -- the JSON body, as published
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    attempts        INT         NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    last_error      TEXT,
    sent_at         TIMESTAMPTZ
);

-- The relay reads only pending rows: keep those indexes small with a predicate.
CREATE INDEX outbox_event_pending ON outbox_event (seq) WHERE sent_at IS NULL;
CREATE INDEX outbox_event_pending_key ON outbox_event (topic, event_key, seq) WHERE sent_at IS NULL;
CREATE INDEX outbox_event_sent ON outbox_event (sent_at) WHERE sent_at IS NOT NULL;
