package io.fazhi.metrics.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.fazhi.local.TestDatabase;
import io.fazhi.metrics.SampleEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The reuse index in the real PostgreSQL: copies are found, boilerplate buckets stop growing. */
@QuarkusTest
class ReuseIndexStoreTest {

    private static final String PINGSHI = SampleEvents.report("pingshi-2024").text();
    private static final String NANYANG = SampleEvents.report("nanyang-2023").text();

    @Inject
    ReuseIndexStore index;

    @Inject
    AgroalDataSource db;

    @Test
    void aPassageEveryTownshipRepeatsBecomesBoilerplateAndItsBucketStopsGrowing() throws SQLException {
        // A formula of its own, so no other test's reports share its buckets.
        String formula = "坚持以" + UUID.randomUUID() + "为指导，深入学习贯彻法治思想，全面推进依法行政工作，切实做到严格规范公正文明执法。";
        List<PassageSignature> passages = MinHasher.signatures(formula);
        assertThat(passages).hasSize(1);
        long[] buckets = MinHasher.buckets(passages.get(0).signature());
        String prefix = UUID.randomUUID().toString().substring(0, 8);

        for (int i = 0; i < 20; i++) {
            String report = prefix + "-" + i;
            String township = String.format("9%08d", i);
            QuarkusTransaction.requiringNew().run(() -> index.put(report, township, 2024, passages));
        }
        // Twenty townships wrote it: still candidates for the next one.
        assertThat(QuarkusTransaction.requiringNew()
                        .call(() -> index.candidates(passages, "999999999"))
                        .get(0))
                .hasSize(20);

        for (int i = 20; i < ReuseIndex.MAX_BUCKET + 1; i++) {
            String report = prefix + "-" + i;
            String township = String.format("9%08d", i);
            QuarkusTransaction.requiringNew().run(() -> index.put(report, township, 2024, passages));
        }
        // Over the limit: nobody copies a formula, no candidates, and the buckets are recorded.
        assertThat(QuarkusTransaction.requiringNew().call(() -> index.candidates(passages, "999999999")))
                .isEmpty();
        assertThat(count("SELECT count(*) FROM reuse_boilerplate WHERE bucket = ?", buckets[0]))
                .isEqualTo(1);

        for (int i = 0; i < 10; i++) {
            String report = prefix + "-more-" + i;
            QuarkusTransaction.requiringNew().run(() -> index.put(report, "988888888", 2024, passages));
        }
        // Later reports with the formula are not added to its buckets.
        assertThat(count("SELECT count(*) FROM reuse_band WHERE bucket = ?", buckets[0]))
                .isEqualTo(ReuseIndex.MAX_BUCKET + 1);
        assertThat(count("SELECT count(*) FROM reuse_passage WHERE report_id LIKE ?", prefix + "-more-%"))
                .isEqualTo(10);

        // What the index keeps in memory to skip these bands before they reach PostgreSQL.
        KnownBoilerplate known = new KnownBoilerplate();
        try (Connection c = db.getConnection()) {
            known.refreshIfStale(c);
        }
        for (int band = 0; band < buckets.length; band++) {
            assertThat(known.contains(buckets[band])).as("band %d", band).isTrue();
        }
        assertThat(known.contains(buckets[0] ^ 0xFFFFFFFFL)).isFalse();
    }

    @Test
    void aCopyIsFoundAndAWithdrawnReportIsNot() {
        String original = "r-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew()
                .run(() -> index.put(original, "411330107", 2024, MinHasher.signatures(PINGSHI)));
        List<PassageSignature> copy = MinHasher.signatures(SampleEvents.copiedByAnotherTownship(PINGSHI));

        List<ReuseMatch> matches =
                QuarkusTransaction.requiringNew().call(() -> ReuseDetector.matches(copy, "411330108", index));
        assertThat(matches).extracting(ReuseMatch::otherReportId).contains(original);
        assertThat(matches.stream()
                        .filter(m -> m.otherReportId().equals(original))
                        .findFirst()
                        .orElseThrow()
                        .sharedChars())
                .isGreaterThan(1500);

        QuarkusTransaction.requiringNew().run(() -> index.remove(original));
        assertThat(QuarkusTransaction.requiringNew().call(() -> ReuseDetector.matches(copy, "411330108", index)))
                .extracting(ReuseMatch::otherReportId)
                .doesNotContain(original);
        // Its bucket memberships went with its passages: none is left pointing at nothing.
        assertThat(
                        count(
                                "SELECT count(*) FROM reuse_band b WHERE NOT EXISTS (SELECT 1 FROM reuse_passage p WHERE p.id = b.passage_id)"))
                .isZero();
    }

    @Test
    void firstVersionsAddedTogetherAreEachFoundAndEachReplacedByTheirNextVersion() {
        String pingshi = "r-" + UUID.randomUUID();
        String nanyang = "r-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew()
                .run(() -> index.addAll(List.of(
                        new ReuseIndex.Report(pingshi, "411330107", 2024, MinHasher.signatures(PINGSHI)),
                        new ReuseIndex.Report(nanyang, "320681106", 2023, MinHasher.signatures(NANYANG)))));
        List<PassageSignature> pingshiCopy = MinHasher.signatures(SampleEvents.copiedByAnotherTownship(PINGSHI));
        List<PassageSignature> nanyangCopy = MinHasher.signatures(SampleEvents.copiedByAnotherTownship(NANYANG));

        List<List<ReuseMatch>> matches = QuarkusTransaction.requiringNew()
                .call(() -> ReuseDetector.matchesInOrder(
                        List.of(
                                new ReuseIndex.Report("r-" + UUID.randomUUID(), "411330108", 2024, pingshiCopy),
                                new ReuseIndex.Report("r-" + UUID.randomUUID(), "320681107", 2023, nanyangCopy)),
                        index));
        assertThat(matches.get(0))
                .extracting(ReuseMatch::otherReportId)
                .contains(pingshi)
                .doesNotContain(nanyang);
        assertThat(matches.get(1))
                .extracting(ReuseMatch::otherReportId)
                .contains(nanyang)
                .doesNotContain(pingshi);

        // Indexed again with each other's text: each report's passages are replaced, none kept twice.
        QuarkusTransaction.requiringNew()
                .run(() -> index.putAll(List.of(
                        new ReuseIndex.Report(pingshi, "411330107", 2024, MinHasher.signatures(NANYANG)),
                        new ReuseIndex.Report(nanyang, "320681106", 2023, MinHasher.signatures(PINGSHI)))));
        assertThat(count("SELECT count(*) FROM reuse_passage WHERE report_id = ?", pingshi))
                .isEqualTo(MinHasher.signatures(NANYANG).size());
        assertThat(QuarkusTransaction.requiringNew().call(() -> ReuseDetector.matches(pingshiCopy, "411330108", index)))
                .extracting(ReuseMatch::otherReportId)
                .contains(nanyang)
                .doesNotContain(pingshi);
    }

    @Test
    void onlyPassagesSharingEnoughBandsAreCandidates() {
        String original = "r-" + UUID.randomUUID();
        PassageSignature passage = BandVariants.random(new Random(original.hashCode()));
        QuarkusTransaction.requiringNew().run(() -> index.put(original, "411330107", 2024, List.of(passage)));

        PassageSignature alike = BandVariants.sharingBands(passage, ReuseIndex.MIN_SHARED_BANDS);
        assertThat(QuarkusTransaction.requiringNew()
                        .call(() -> index.candidates(List.of(alike), "411330108"))
                        .get(0))
                .extracting(ReuseIndex.Indexed::reportId)
                .containsExactly(original);
        PassageSignature lessAlike = BandVariants.sharingBands(passage, ReuseIndex.MIN_SHARED_BANDS - 1);
        assertThat(QuarkusTransaction.requiringNew().call(() -> index.candidates(List.of(lessAlike), "411330108")))
                .isEmpty();
    }

    private long count(String sql, Object... parameters) {
        return TestDatabase.count(db, sql, parameters);
    }
}
