package io.fazhi.report.ingest;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How submissions are taken in ({@code fazhi.reports.*}). */
@ConfigMapping(prefix = "fazhi.reports")
public interface ReportsConfig {

    /**
     * The largest document with text (or JSON body) accepted, refused by its declared length before
     * it is read. Scans have their own, larger limit ({@link ScanConfig#maxBytes}).
     */
    @WithDefault("5242880")
    long maxBytes();

    /** Scans: their size, and how they are read off the request by OCR. */
    ScanConfig scans();
}
