package io.fazhi.importer;

import java.time.Duration;
import java.time.Instant;

/**
 * What applies to every file of a run (a file's sidecar may say otherwise for its own).
 *
 * @param townshipCode the township of every file, or null: read from each text
 * @param year the year of every file, or null: read from each text
 * @param submittedAt the original date of submission of every file, or null
 * @param fileDates each file's last-modified time is its original date of submission
 * @param parallel files sent at once
 * @param assessmentWait how long a stored report's score is waited for
 */
record ImportOptions(
        String townshipCode,
        Integer year,
        Instant submittedAt,
        boolean fileDates,
        int parallel,
        Duration assessmentWait) {}
