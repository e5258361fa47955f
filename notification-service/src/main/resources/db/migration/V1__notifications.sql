-- Subscriptions of offices, the inbox, and every delivery with each of its attempts.

CREATE TABLE subscription (
    id                    uuid PRIMARY KEY,
    -- The code of the followed place: a county (6 digits) or higher; matched by prefix.
    place                 varchar(9)    NOT NULL,
    channel               varchar(16)   NOT NULL CHECK (channel IN ('webhook', 'email', 'inbox')),
    -- Comma-separated event types and alert kinds, or '*'.
    kinds                 varchar(600)  NOT NULL,
    target                varchar(2048),
    min_severity          varchar(16)   NOT NULL CHECK (min_severity IN ('info', 'warning', 'critical')),
    -- Digest mode: one summary per this many seconds instead of one message per event.
    digest_seconds        integer       CHECK (digest_seconds > 0),
    digest_due_at         timestamptz,
    secret                varchar(100),
    -- After a rotation the old secret signs too, until previous_secret_until.
    previous_secret       varchar(100),
    previous_secret_until timestamptz,
    status                varchar(24)   NOT NULL CHECK (status IN ('pending-verification', 'active', 'paused')),
    status_reason         varchar(1000),
    consecutive_failures  integer       NOT NULL DEFAULT 0,
    created_by            varchar(200)  NOT NULL,
    created_at            timestamptz   NOT NULL,
    updated_at            timestamptz   NOT NULL
);
CREATE INDEX subscription_by_status_place ON subscription (status, place);
CREATE INDEX subscription_by_place ON subscription (place varchar_pattern_ops);

-- What an office reads: one item per office place and event, however many subscriptions matched.
CREATE TABLE inbox_item (
    id              bigserial     PRIMARY KEY,
    place           varchar(9)    NOT NULL,
    subscription_id uuid          REFERENCES subscription ON DELETE SET NULL,
    event_id        varchar(200)  NOT NULL,
    event_type      varchar(40)   NOT NULL,
    kind            varchar(40)   NOT NULL,
    severity        varchar(16)   NOT NULL,
    township_code   varchar(9),
    county_code     varchar(6),
    year            integer,
    report_id       varchar(64),
    title           varchar(500)  NOT NULL,
    body            text          NOT NULL,
    link            varchar(1000),
    created_at      timestamptz   NOT NULL,
    read_at         timestamptz,
    UNIQUE (place, event_id)
);
CREATE INDEX inbox_item_by_place ON inbox_item (place varchar_pattern_ops, id DESC);

-- One message to one webhook or address: an event's, or a digest's. message_id is the webhook-id.
CREATE TABLE delivery (
    id              uuid          PRIMARY KEY,
    subscription_id uuid          NOT NULL REFERENCES subscription ON DELETE CASCADE,
    message_id      varchar(200)  NOT NULL,
    event_type      varchar(40)   NOT NULL,
    subject         varchar(500)  NOT NULL,
    body            text          NOT NULL,
    event_time      timestamptz   NOT NULL,
    status          varchar(16)   NOT NULL CHECK (status IN ('pending', 'delivered', 'dead')),
    attempts        integer       NOT NULL DEFAULT 0,
    next_attempt_at timestamptz   NOT NULL,
    -- Claimed by a dispatcher until then; a crashed dispatcher's claim simply runs out.
    lease_until     timestamptz,
    last_status     integer,
    last_error      varchar(1000),
    created_at      timestamptz   NOT NULL,
    delivered_at    timestamptz,
    UNIQUE (subscription_id, message_id)
);
CREATE INDEX delivery_due ON delivery (next_attempt_at) WHERE status = 'pending';
CREATE INDEX delivery_by_subscription ON delivery (subscription_id, status, created_at DESC);

CREATE TABLE delivery_attempt (
    id          bigserial     PRIMARY KEY,
    delivery_id uuid          NOT NULL REFERENCES delivery ON DELETE CASCADE,
    attempt     integer       NOT NULL,
    started_at  timestamptz   NOT NULL,
    duration_ms integer       NOT NULL,
    outcome     varchar(16)   NOT NULL CHECK (outcome IN ('delivered', 'retry', 'failed')),
    status_code integer,
    error       varchar(1000)
);
CREATE INDEX delivery_attempt_by_delivery ON delivery_attempt (delivery_id, attempt);

-- Events waiting for a digest subscription's next summary.
CREATE TABLE digest_entry (
    id              bigserial     PRIMARY KEY,
    subscription_id uuid          NOT NULL REFERENCES subscription ON DELETE CASCADE,
    event_id        varchar(200)  NOT NULL,
    township_code   varchar(9),
    township_name   varchar(200),
    -- The notice as JSON, rendered per channel when the summary is assembled.
    notice          text          NOT NULL,
    event_time      timestamptz   NOT NULL,
    delivery_id     uuid          REFERENCES delivery ON DELETE SET NULL,
    UNIQUE (subscription_id, event_id)
);
CREATE INDEX digest_entry_waiting ON digest_entry (subscription_id) WHERE delivery_id IS NULL;
