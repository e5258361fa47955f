package io.fazhi.report.parse;

/** A value found in the normalised text, with the span it came from. */
public record Spanned<T>(T value, int start, int end) {}
