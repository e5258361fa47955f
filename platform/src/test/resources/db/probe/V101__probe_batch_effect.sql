-- The batch probe's effect also says which transaction applied it and in which trace.
ALTER TABLE probe_effect ADD COLUMN tx BIGINT;
ALTER TABLE probe_effect ADD COLUMN trace_id TEXT;
