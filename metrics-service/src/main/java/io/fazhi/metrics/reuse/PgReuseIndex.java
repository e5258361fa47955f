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
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The reuse index in PostgreSQL; every method runs in the caller's transaction. */
@ApplicationScoped
public class PgReuseIndex implements ReuseIndex {

    @Inject
    AgroalDataSource dataSource;

    @Override
    public Map<Integer, Collection<Indexed>> candidates(List<PassageSignature> passages, String excludeTownship) {
        if (passages.isEmpty()) {
            return Map.of();
        }
        List<Integer> owners = new ArrayList<>();
        List<Integer> bandNumbers = new ArrayList<>();
        List<Integer> hashes = new ArrayList<>();
        for (int i = 0; i < passages.size(); i++) {
            int[] bands = MinHasher.bands(passages.get(i).signature());
            for (int b = 0; b < bands.length; b++) {
                owners.add(i);
                bandNumbers.add(b);
                hashes.add(bands[b]);
            }
        }
        // Buckets larger than MAX_BUCKET are boilerplate: each bucket is read only up to one row
        // past the limit (LATERAL … LIMIT), so a formula every township writes costs nothing.
        String sql = """
                WITH q AS (SELECT * FROM unnest(?::int[], ?::smallint[], ?::int[]) AS q(owner, band, hash)),
                     hits AS (SELECT q.owner, h.report_id, h.passage,
                                     count(*) OVER (PARTITION BY q.owner, q.band) AS bucket
                                FROM q CROSS JOIN LATERAL (
                                     SELECT b.report_id, b.passage FROM reuse_band b
                                      WHERE b.band = q.band AND b.hash = q.hash LIMIT ?) h)
                SELECT DISTINCT hits.owner, p.report_id, p.township_code, p.passage, p.start_at, p.end_at, p.signature
                  FROM hits
                  JOIN reuse_passage p ON p.report_id = hits.report_id AND p.passage = hits.passage
                 WHERE hits.bucket <= ? AND p.township_code <> ?""";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setArray(1, c.createArrayOf("integer", owners.toArray()));
            s.setArray(2, c.createArrayOf("smallint", bandNumbers.toArray()));
            s.setArray(3, c.createArrayOf("integer", hashes.toArray()));
            s.setInt(4, MAX_BUCKET + 1);
            s.setInt(5, MAX_BUCKET);
            s.setString(6, excludeTownship == null ? "" : excludeTownship);
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
    public void put(String reportId, String townshipCode, int year, List<PassageSignature> passages) {
        remove(reportId);
        try (Connection c = dataSource.getConnection();
             PreparedStatement passage = c.prepareStatement(
                     "INSERT INTO reuse_passage (report_id, passage, township_code, year, start_at, end_at, signature) VALUES (?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement band = c.prepareStatement("INSERT INTO reuse_band (band, hash, report_id, passage) VALUES (?, ?, ?, ?)")) {
            for (PassageSignature p : passages) {
                passage.setString(1, reportId);
                passage.setInt(2, p.passage());
                passage.setString(3, townshipCode);
                passage.setInt(4, year);
                passage.setInt(5, p.start());
                passage.setInt(6, p.end());
                Array signature = c.createArrayOf("integer", java.util.Arrays.stream(p.signature()).boxed().toArray());
                passage.setArray(7, signature);
                passage.addBatch();
                int[] bands = MinHasher.bands(p.signature());
                for (int b = 0; b < bands.length; b++) {
                    band.setShort(1, (short) b);
                    band.setInt(2, bands[b]);
                    band.setString(3, reportId);
                    band.setInt(4, p.passage());
                    band.addBatch();
                }
            }
            passage.executeBatch();
            band.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot index report " + reportId + " for reuse", e);
        }
    }

    @Override
    public void remove(String reportId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement bands = c.prepareStatement("DELETE FROM reuse_band WHERE report_id = ?");
             PreparedStatement passages = c.prepareStatement("DELETE FROM reuse_passage WHERE report_id = ?")) {
            bands.setString(1, reportId);
            bands.executeUpdate();
            passages.setString(1, reportId);
            passages.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot remove report " + reportId + " from the reuse index", e);
        }
    }
}
