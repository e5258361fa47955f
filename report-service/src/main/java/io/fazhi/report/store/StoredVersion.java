package io.fazhi.report.store;

/** A report with one of its versions and that version's parse: what the API shows of a report. */
public record StoredVersion(Report report, ReportVersion version, VersionParse parse) {}
