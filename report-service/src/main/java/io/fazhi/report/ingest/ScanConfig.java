package io.fazhi.report.ingest;

import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How scans are taken in and read by OCR ({@code fazhi.reports.scans.*}, part of {@link ReportsConfig}). */
public interface ScanConfig {

    /**
     * The largest scan accepted (an image-only PDF or a photo of a page): a 30-page scan is 10–30 MB.
     * Documents with text keep {@code fazhi.reports.max-bytes}. The HTTP layer's own limit
     * ({@code quarkus.http.limits.max-body-size}) and the gateway's upload limit must be above it.
     */
    @WithDefault("41943040")
    long maxBytes();

    /**
     * How long a submission waits for its scan to be read before the answer is 202 Accepted with a
     * status link; a scan read within it is answered 201 like any report.
     */
    @WithDefault("5s")
    Duration answerWithin();

    /**
     * How long the replica reading a scan holds it: longer than OCR's own bound of 300 s, so only a
     * reader that died lets another take the scan up again.
     */
    @WithDefault("6m")
    Duration lease();

    /** How often a replica looks for scans whose reader died (read by its schedule). */
    @WithDefault("30s")
    Duration sweepEvery();

    /** Readings begun at most per scan: one that killed its reader this often is refused. */
    @WithDefault("3")
    int attempts();

    /** Scans one caller may have waiting or being read at once; more is a 429. */
    @WithDefault("5")
    int readingPerCaller();

    /** Scans waiting or being read in all; more is a 503 with Retry-After. */
    @WithDefault("200")
    int readingAtMost();

    /**
     * Files above the documents' limit (scans, up to max-bytes each) a replica takes in at once:
     * each is in memory while it is written down; more at that moment is a 503 to retry.
     */
    @WithDefault("2")
    int largeAtOnce();

    /** Scans a replica queues in memory for its reader; the rest wait in the table for its sweep. */
    @WithDefault("4")
    int queue();
}
