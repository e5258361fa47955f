package io.fazhi.metrics.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.fazhi.local.TestDatabase;
import io.fazhi.metrics.SampleEvents;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * V10 rewrites an index built before it, (band, hash, report id, passage) per row, as bucket keys
 * and passage ids. A row it got wrong would never be found again, silently: each must come out
 * as the key {@link MinHasher#buckets} gives the same band today.
 */
@QuarkusTest
class BucketKeysMigrationTest {

    @Inject
    AgroalDataSource db;

    private final String schema =
            "before_v10_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    @AfterEach
    void dropSchema() {
        TestDatabase.update(db, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    @Test
    void anIndexBuiltBeforeV10KeepsEveryBucketItsPassageAndItsBoilerplate() throws SQLException {
        PassageSignature passage =
                MinHasher.signatures(SampleEvents.report("pingshi-2024").text()).get(0);
        long[] buckets = MinHasher.buckets(passage.signature());
        // A hash with its top bit set is where a conversion through a signed INT goes wrong.
        assertThat(Arrays.stream(buckets).filter(bucket -> (int) bucket < 0)).isNotEmpty();

        Flyway flyway = Flyway.configure()
                .dataSource(db)
                .schemas(schema)
                .locations("db/platform", "db/migration")
                .outOfOrder(true)
                .target("9")
                .load();
        flyway.migrate();
        try (Connection c = db.getConnection()) {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO " + schema
                            + ".reuse_passage (report_id, passage, township_code, year, start_at, end_at, signature) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                s.setString(1, "r-pingshi");
                s.setInt(2, passage.passage());
                s.setString(3, "411330107");
                s.setInt(4, 2024);
                s.setInt(5, passage.start());
                s.setInt(6, passage.end());
                s.setArray(
                        7,
                        c.createArrayOf(
                                "int4",
                                Arrays.stream(passage.signature()).boxed().toArray()));
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO " + schema + ".reuse_band (band, hash, report_id, passage) VALUES (?, ?, ?, ?)")) {
                for (int band = 0; band < buckets.length; band++) {
                    s.setShort(1, (short) band);
                    s.setInt(2, (int) buckets[band]); // the hash as V3 stored it: the bucket's low 32 bits
                    s.setString(3, "r-pingshi");
                    s.setInt(4, passage.passage());
                    s.addBatch();
                }
                s.executeBatch();
            }
            TestDatabase.update(
                    db, "INSERT INTO " + schema + ".reuse_boilerplate (band, hash) VALUES (2, ?)", (int) buckets[2]);
        }

        Flyway.configure()
                .configuration(flyway.getConfiguration())
                .target("latest")
                .load()
                .migrate();

        List<Long> migrated = new ArrayList<>();
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "SELECT b.bucket FROM " + schema + ".reuse_band b JOIN " + schema
                                + ".reuse_passage p ON p.id = b.passage_id WHERE p.report_id = 'r-pingshi' AND p.passage = ? ORDER BY b.bucket")) {
            s.setInt(1, passage.passage());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    migrated.add(rs.getLong(1));
                }
            }
        }
        assertThat(migrated)
                .containsExactlyElementsOf(
                        Arrays.stream(buckets).sorted().boxed().toList());
        assertThat(TestDatabase.count(
                        db, "SELECT count(*) FROM " + schema + ".reuse_boilerplate WHERE bucket = ?", buckets[2]))
                .isEqualTo(1);
        assertThat(TestDatabase.count(db, "SELECT count(*) FROM " + schema + ".reuse_boilerplate"))
                .isEqualTo(1);
    }
}
