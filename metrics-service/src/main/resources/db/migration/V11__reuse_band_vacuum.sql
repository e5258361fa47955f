-- Lookups answer from the covering index only where the visibility map marks a page all-visible;
-- on the newest pages they visit the table too (2,625 heap fetches in 4,803 buffers for one poll's
-- probes). Insert-driven autovacuum waits for 20 % new rows by default, which on a 9-million-row
-- index means hours of appends; 1 % keeps the newest pages marked.
ALTER TABLE reuse_band SET (autovacuum_vacuum_insert_scale_factor = 0.01);
