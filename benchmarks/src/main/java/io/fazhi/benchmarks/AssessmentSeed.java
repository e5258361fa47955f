package io.fazhi.benchmarks;

import io.fazhi.platform.places.Place;
import io.fazhi.platform.places.PlaceDirectory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Five years (2021–2025) of every township assessed (≈200,000 assessments) in the running suite's
 * metrics database, and their removal: the data the roll-up and console benchmarks read.
 */
final class AssessmentSeed implements AutoCloseable {

    private final Connection db;

    private AssessmentSeed(Connection db) {
        this.db = db;
    }

    static AssessmentSeed plant(PlaceDirectory places) throws Exception {
        String[] townships = places.townshipsUnder("").stream().map(Place::code).toArray(String[]::new);
        Connection db = DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + LocalSuite.postgresPort() + "/metrics", "postgres", "");
        long start = System.nanoTime();
        try (PreparedStatement seed = db.prepareStatement("""
                INSERT INTO assessment (report_id, version, township_code, county_code, place_prefix, year, score, days_late,
                                        missing_contents, checklist_id, checklist_version, checklist_hash, status, body,
                                        assessed_at, part_scores)
                SELECT 'bench-' || t || '-' || y, 1, t, substring(t, 1, 6), t, y, round((40 + random() * 60)::numeric, 1),
                       CASE WHEN random() < 0.1 THEN (random() * 30)::int ELSE 0 END,
                       CASE WHEN random() < 0.3 THEN 'shortcomings' ELSE '' END, 'plan-2021-2025', '1.0.0', 'bench', 'current',
                       '{}', now(),
                       jsonb_build_object('p1', round((random() * 100)::numeric, 1), 'p4', round((random() * 100)::numeric, 1),
                                          'p7', round((random() * 100)::numeric, 1), 'p10', round((random() * 100)::numeric, 1))
                  FROM unnest(?::text[]) AS t, generate_series(2021, 2025) AS y""")) {
            seed.setArray(1, db.createArrayOf("text", townships));
            System.out.printf(
                    "seeded %d assessments in %.1f s%n", seed.executeUpdate(), (System.nanoTime() - start) / 1e9);
        }
        try (var analyze = db.createStatement()) {
            analyze.execute("ANALYZE assessment");
        }
        return new AssessmentSeed(db);
    }

    /** Removes what was seeded. */
    @Override
    public void close() throws SQLException {
        try (db;
                var clean = db.createStatement()) {
            clean.execute("DELETE FROM assessment WHERE report_id LIKE 'bench-%'");
        }
    }
}
