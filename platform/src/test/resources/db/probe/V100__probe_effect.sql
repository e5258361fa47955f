-- The effect of the platform's probe consumer: one row per applied event.
CREATE TABLE probe_effect (
    event_id  TEXT NOT NULL,
    report_id TEXT NOT NULL
);
