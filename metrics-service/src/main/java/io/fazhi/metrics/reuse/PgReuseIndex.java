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
import java.util.function.IntFunction;
import java.util.function.IntUnaryOperator;

/** The reuse index in PostgreSQL; every method runs in the caller's transaction. */
@ApplicationScoped
public class PgReuseIndex implements ReuseIndex {

    @Inject
    AgroalDataSource dataSource;

    private final KnownBoilerplate boilerplate = new KnownBoilerplate();

    @Override
    public Map<Integer, Collection<Indexed>> candidates(List<PassageSignature> passages, String excludeTownship) {
        if (passages.isEmpty()) {
            return Map.of();
        }
        // Bands in the boilerplate buckets known in memory are not sent; one recorded since that copy
        // was loaded costs one key probe. Any other bucket is read up to one row past MAX_BUCKET
        // (LATERAL … LIMIT), and one found over it is recorded as boilerplate (in key order, so two
        // reports assessed at once never wait on each other's new keys in a cycle; two polls, each
        // one transaction of many reports, still can: PostgreSQL then aborts one, whose events the
        // consumer applies again one by one).
        // Only passages sharing MIN_SHARED_BANDS are fetched: most bucket mates share one band by chance.
        String sql = """
                WITH q AS (SELECT * FROM unnest(?::int[], ?::smallint[], ?::int[]) AS q(owner, band, hash)
                            WHERE NOT EXISTS (SELECT 1 FROM reuse_boilerplate x WHERE x.band = q.band AND x.hash = q.hash)),
                     hits AS (SELECT q.owner, q.band, q.hash, h.report_id, h.passage,
                                     count(*) OVER (PARTITION BY q.owner, q.band) AS bucket
                                FROM q CROSS JOIN LATERAL (
                                     SELECT b.report_id, b.passage FROM reuse_band b
                                      WHERE b.band = q.band AND b.hash = q.hash LIMIT ?) h),
                     boilerplate AS (INSERT INTO reuse_boilerplate (band, hash)
                                     SELECT DISTINCT band, hash FROM hits WHERE bucket > ? ORDER BY band, hash
                                     ON CONFLICT DO NOTHING),
                     found AS (SELECT owner, report_id, passage FROM hits WHERE bucket <= ?
                                GROUP BY owner, report_id, passage HAVING count(*) >= ?)
                SELECT found.owner, p.report_id, p.township_code, p.passage, p.start_at, p.end_at, p.signature
                  FROM found
                  JOIN reuse_passage p ON p.report_id = found.report_id AND p.passage = found.passage
                 WHERE p.township_code <> ?""";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            boilerplate.refreshIfStale(c);
            // A band's owner is the passage's place in the list: what the result is keyed by.
            BandRows.of(passages, boilerplate).bind(c, s, 1, i -> i);
            s.setInt(4, MAX_BUCKET + 1);
            s.setInt(5, MAX_BUCKET);
            s.setInt(6, MAX_BUCKET);
            s.setInt(7, MIN_SHARED_BANDS);
            s.setString(8, excludeTownship == null ? "" : excludeTownship);
            Map<Integer, Collection<Indexed>> found = new HashMap<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Integer[] signature = (Integer[]) rs.getArray(7).getArray();
                    int[] values = new int[signature.length];
                    for (int i = 0; i < values.length; i++) {
                        values[i] = signature[i];
                    }
                    found.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>()).add(new Indexed(rs.getString(2), rs.getString(3),
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
                     "INSERT INTO reuse_passage (report_id, passage, township_code, year, start_at, end_at, signature) VALUES (?, ?, ?, ?, ?, ?, ?)");
             // Boilerplate buckets are not grown: their members are never read.
             PreparedStatement band = c.prepareStatement("""
                     INSERT INTO reuse_band (band, hash, report_id, passage)
                     SELECT n.band, n.hash, (?::text[])[n.report], n.passage
                       FROM unnest(?::int[], ?::int[], ?::smallint[], ?::int[]) AS n(report, passage, band, hash)
                      WHERE NOT EXISTS (SELECT 1 FROM reuse_boilerplate x WHERE x.band = n.band AND x.hash = n.hash)""")) {
            List<PassageSignature> all = new ArrayList<>();
            List<Integer> reportOf = new ArrayList<>();
            for (int r = 0; r < reports.size(); r++) {
                Report report = reports.get(r);
                for (PassageSignature p : report.passages()) {
                    passage.setString(1, report.reportId());
                    passage.setInt(2, p.passage());
                    passage.setString(3, report.townshipCode());
                    passage.setInt(4, report.year());
                    passage.setInt(5, p.start());
                    passage.setInt(6, p.end());
                    Array signature = c.createArrayOf("integer", Arrays.stream(p.signature()).boxed().toArray());
                    passage.setArray(7, signature);
                    passage.addBatch();
                    all.add(p);
                    reportOf.add(r + 1); // SQL arrays count from 1
                }
            }
            if (all.isEmpty()) {
                return;
            }
            passage.executeBatch();
            boilerplate.refreshIfStale(c);
            band.setArray(1, c.createArrayOf("text", reports.stream().map(Report::reportId).toArray()));
            // A band's owner is the passage's report (its place in the array) and its number in that report.
            BandRows rows = BandRows.of(all, boilerplate);
            band.setArray(2, c.createArrayOf("integer", rows.perBand(reportOf::get)));
            rows.bind(c, band, 3, i -> all.get(i).passage());
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
                     WITH bands AS (DELETE FROM reuse_band WHERE report_id = ANY (?))
                     DELETE FROM reuse_passage WHERE report_id = ANY (?)""")) {
            Array ids = c.createArrayOf("text", reportIds.toArray());
            remove.setArray(1, ids);
            remove.setArray(2, ids);
            remove.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot remove reports " + reportIds + " from the reuse index", e);
        }
    }

    /**
     * Every band of every passage not in a known boilerplate bucket: its passage (the place in the
     * list), band number and hash, bound as parallel arrays for {@code unnest}.
     */
    private record BandRows(int[] passages, Object[] bands, Object[] hashes) {

        static BandRows of(List<PassageSignature> passages, KnownBoilerplate boilerplate) {
            int most = passages.size() * MinHasher.BANDS;
            int[] of = new int[most];
            Object[] bands = new Object[most];
            Object[] hashes = new Object[most];
            int row = 0;
            for (int i = 0; i < passages.size(); i++) {
                int[] hashed = MinHasher.bands(passages.get(i).signature());
                for (int b = 0; b < hashed.length; b++) {
                    if (!boilerplate.contains(b, hashed[b])) {
                        of[row] = i;
                        bands[row] = (short) b;
                        hashes[row] = hashed[b];
                        row++;
                    }
                }
            }
            return new BandRows(Arrays.copyOf(of, row), Arrays.copyOf(bands, row), Arrays.copyOf(hashes, row));
        }

        /** For each band, a value of its passage. */
        Object[] perBand(IntFunction<Object> ofPassage) {
            return Arrays.stream(passages).mapToObj(ofPassage).toArray();
        }

        /**
         * Sets three arrays as the parameters from {@code first} on: the owner of each band's
         * passage (int[]), band numbers (smallint[]) and hashes (int[]).
         */
        void bind(Connection c, PreparedStatement statement, int first, IntUnaryOperator ownerOf) throws SQLException {
            statement.setArray(first, c.createArrayOf("integer", perBand(ownerOf::applyAsInt)));
            statement.setArray(first + 1, c.createArrayOf("smallint", bands));
            statement.setArray(first + 2, c.createArrayOf("integer", hashes));
        }
    }
}
