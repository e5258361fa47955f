-- An event the broker can never take (larger than its topic allows, say) is set aside, not retried
-- forever: dead_at marks it, last_error says why, and it no longer holds back its key's later
-- events. Dead rows stay until an operator resolves them (outbox.dead gauge, alert in Kubernetes).
ALTER TABLE outbox_event ADD COLUMN dead_at TIMESTAMPTZ;
CREATE INDEX outbox_event_dead ON outbox_event (seq) WHERE dead_at IS NOT NULL;
