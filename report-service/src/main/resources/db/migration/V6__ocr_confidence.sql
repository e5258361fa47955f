-- A version whose text was read from a scan records it: the OCR engine's mean confidence (0–100)
-- in the words it read. NULL: the submission had its text.
ALTER TABLE report_version ADD COLUMN ocr_confidence DOUBLE PRECISION;
