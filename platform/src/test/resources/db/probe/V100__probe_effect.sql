-- The effect of the platform's probe consumer: one row per applied event, with the transaction
-- that applied it and the trace it ran in.
CREATE TABLE probe_effect (
    event_id  TEXT NOT NULL,
    report_id TEXT NOT NULL,
    tx        BIGINT,
    trace_id  TEXT
);
