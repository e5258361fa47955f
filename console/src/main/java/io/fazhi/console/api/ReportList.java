package io.fazhi.console.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** A page of reports (GET /api/v1/reports): their current versions, and how many there are in all. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReportList(List<ReportDoc> items, long total) {}
