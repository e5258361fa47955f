-- The server's time of receipt, kept beside submitted_at: the date counted for timeliness, which an
-- importer may set to a report's original date of submission (earlier years' reports).
ALTER TABLE report_version ADD COLUMN received_at TIMESTAMPTZ;
UPDATE report_version SET received_at = submitted_at;
ALTER TABLE report_version ALTER COLUMN received_at SET NOT NULL;
