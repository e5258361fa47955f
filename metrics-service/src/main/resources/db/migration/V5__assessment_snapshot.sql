-- The report version as the event carried it, so a place's reports can be re-assessed (after a
-- checklist or due-date change) without asking report-service.
ALTER TABLE assessment ADD COLUMN snapshot TEXT;
