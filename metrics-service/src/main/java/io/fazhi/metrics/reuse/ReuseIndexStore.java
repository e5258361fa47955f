package io.fazhi.metrics.reuse;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.postgresql.PGConnection;

/** The reuse index in PostgreSQL; every method runs in the caller's transaction. */
@ApplicationScoped
public class ReuseIndexStore implements ReuseIndex {

    @Inject
    AgroalDataSource dataSource;

    private final KnownBoilerplate boilerplate = new KnownBoilerplate();

    @Override
    public Map<Integer, Collection<Indexed>> candidates(List<PassageSignature> passages, String excludeTownship) {
        if (passages.isEmpty()) {
            return Map.of();
        }
        // Buckets known in memory as boilerplate are not sent; one recorded since that copy was loaded
        // costs one key probe. Any other bucket is read up to one member past MAX_BUCKET (LATERAL …
        // LIMIT), as one array, and one found over it is recorded as boilerplate (in key order, so two
        // reports assessed at once never wait on each other's new keys in a cycle; two polls, each
        // one transaction of many reports, still can: PostgreSQL then aborts one, whose events the
        // consumer applies again one by one).
        // Only passages sharing MIN_SHARED_BANDS are fetched: most bucket mates share one band by chance.
        String sql = """
                WITH q AS (SELECT * FROM unnest(?::int[], ?::bigint[]) AS q(owner, bucket)
                            WHERE NOT EXISTS (SELECT 1 FROM reuse_boilerplate x WHERE x.bucket = q.bucket)),
                     members AS (SELECT q.owner, q.bucket, m.passages
                                   FROM q CROSS JOIN LATERAL (
                                        SELECT array_agg(b.passage_id) AS passages FROM (
                                               SELECT passage_id FROM reuse_band WHERE bucket = q.bucket LIMIT ?) b) m),
                     boilerplate AS (INSERT INTO reuse_boilerplate (bucket)
                                     SELECT DISTINCT bucket FROM members WHERE cardinality(passages) > ? ORDER BY bucket
                                     ON CONFLICT DO NOTHING),
                     found AS (SELECT owner, passage_id FROM members, unnest(passages) AS passage_id
                                WHERE cardinality(passages) <= ?
                                GROUP BY owner, passage_id HAVING count(*) >= ?)
                SELECT found.owner, p.report_id, p.township_code, p.passage, p.start_at, p.end_at, p.signature
                  FROM found
                  JOIN reuse_passage p ON p.id = found.passage_id
                 WHERE p.township_code <> ?""";
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            boilerplate.refreshIfStale(c);
            // Each bucket's owner is its passage's place in the list: what the result is keyed by.
            Members members = Members.of(passages, boilerplate);
            s.setArray(1, array(c, "int4", members.passages()));
            s.setArray(2, array(c, "int8", members.buckets()));
            s.setInt(3, MAX_BUCKET + 1);
            s.setInt(4, MAX_BUCKET);
            s.setInt(5, MAX_BUCKET);
            s.setInt(6, MIN_SHARED_BANDS);
            s.setString(7, excludeTownship == null ? "" : excludeTownship);
            Map<Integer, Collection<Indexed>> found = new HashMap<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Integer[] signature = (Integer[]) rs.getArray(7).getArray();
                    int[] values = new int[signature.length];
                    for (int i = 0; i < values.length; i++) {
                        values[i] = signature[i];
                    }
                    found.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>())
                            .add(new Indexed(
                                    rs.getString(2),
                                    rs.getString(3),
                                    new PassageSignature(rs.getInt(4), rs.getInt(5), rs.getInt(6), values)));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot look up the reuse index", e);
        }
    }

    @Override
    public void putAll(List<Report> reports) {
        if (reports.isEmpty()) {
            return;
        }
        removeAll(reports.stream().map(Report::reportId).toList());
        addAll(reports);
    }

    @Override
    public void addAll(List<Report> reports) {
        if (reports.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement passage = c.prepareStatement(
                        "INSERT INTO reuse_passage (report_id, passage, township_code, year, start_at, end_at, signature) VALUES (?, ?, ?, ?, ?, ?, ?)",
                        new String[] {"id"});
                // Boilerplate buckets are not grown: their members are never read.
                PreparedStatement band = c.prepareStatement("""
                     INSERT INTO reuse_band (bucket, passage_id)
                     SELECT n.bucket, n.passage_id FROM unnest(?::bigint[], ?::bigint[]) AS n(bucket, passage_id)
                      WHERE NOT EXISTS (SELECT 1 FROM reuse_boilerplate x WHERE x.bucket = n.bucket)""")) {
            List<PassageSignature> all = new ArrayList<>();
            for (Report report : reports) {
                for (PassageSignature p : report.passages()) {
                    passage.setString(1, report.reportId());
                    passage.setInt(2, p.passage());
                    passage.setString(3, report.townshipCode());
                    passage.setInt(4, report.year());
                    passage.setInt(5, p.start());
                    passage.setInt(6, p.end());
                    passage.setArray(7, array(c, "int4", p.signature()));
                    passage.addBatch();
                    all.add(p);
                }
            }
            if (all.isEmpty()) {
                return;
            }
            passage.executeBatch();
            long[] ids = new long[all.size()];
            try (ResultSet generated = passage.getGeneratedKeys()) {
                for (int i = 0; i < ids.length; i++) {
                    generated.next();
                    ids[i] = generated.getLong(1);
                }
            }
            boilerplate.refreshIfStale(c);
            Members members = Members.of(all, boilerplate);
            long[] passageIds = new long[members.passages().length];
            for (int m = 0; m < passageIds.length; m++) {
                passageIds[m] = ids[members.passages()[m]];
            }
            band.setArray(1, array(c, "int8", members.buckets()));
            band.setArray(2, array(c, "int8", passageIds));
            band.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot index " + reports.size() + " report(s) for reuse", e);
        }
    }

    @Override
    public void remove(String reportId) {
        removeAll(List.of(reportId));
    }

    private void removeAll(List<String> reportIds) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement remove = c.prepareStatement("""
                     WITH passages AS (DELETE FROM reuse_passage WHERE report_id = ANY (?) RETURNING id)
                     DELETE FROM reuse_band WHERE passage_id IN (SELECT id FROM passages)""")) {
            remove.setArray(1, c.createArrayOf("text", reportIds.toArray()));
            remove.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot remove reports " + reportIds + " from the reuse index", e);
        }
    }

    /** A primitive array bound as is: the driver's own extension, without boxing each element. */
    private static Array array(Connection c, String type, Object primitives) throws SQLException {
        return c.unwrap(PGConnection.class).createArrayOf(type, primitives);
    }

    /**
     * The bucket of every band of every passage, except the buckets known as boilerplate, with the
     * passage's place in the list: parallel arrays for {@code unnest}.
     */
    private record Members(int[] passages, long[] buckets) {

        static Members of(List<PassageSignature> passages, KnownBoilerplate boilerplate) {
            int most = passages.size() * MinHasher.BANDS;
            int[] of = new int[most];
            long[] buckets = new long[most];
            int row = 0;
            for (int i = 0; i < passages.size(); i++) {
                for (long bucket : MinHasher.buckets(passages.get(i).signature())) {
                    if (!boilerplate.contains(bucket)) {
                        of[row] = i;
                        buckets[row] = bucket;
                        row++;
                    }
                }
            }
            return new Members(Arrays.copyOf(of, row), Arrays.copyOf(buckets, row));
        }
    }

    /** The buckets recorded as boilerplate, for {@link KnownBoilerplate}'s copy. */
    static LongStream boilerplateBuckets(Connection c) throws SQLException {
        LongStream.Builder keys = LongStream.builder();
        try (PreparedStatement select = c.prepareStatement("SELECT bucket FROM reuse_boilerplate");
                ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                keys.add(rs.getLong(1));
            }
        }
        return keys.build();
    }
}
