package io.fazhi.report.extract;

/** One page as the OCR engine read it: its text, the words' mean confidence (0–100), how many characters. */
record OcrPage(String text, double confidence, int characters) {}
