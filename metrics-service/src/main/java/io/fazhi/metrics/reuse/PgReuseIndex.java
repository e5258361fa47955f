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
import java.util.List;

/** The reuse index in PostgreSQL; every method runs in the caller's transaction. */
@ApplicationScoped
public class PgReuseIndex implements ReuseIndex {

    @Inject
    AgroalDataSource dataSource;

    @Override
    public Collection<Indexed> candidates(List<PassageSignature> passages, String excludeTownship) {
        if (passages.isEmpty()) {
            return List.of();
        }
        List<Integer> bandNumbers = new ArrayList<>();
        List<Integer> hashes = new ArrayList<>();
        for (PassageSignature passage : passages) {
            int[] bands = MinHasher.bands(passage.signature());
            for (int b = 0; b < bands.length; b++) {
                bandNumbers.add(b);
                hashes.add(bands[b]);
            }
        }
        String sql = """
                SELECT p.report_id, p.township_code, p.passage, p.start_at, p.end_at, p.signature
                  FROM reuse_passage p
                 WHERE p.township_code <> ?
                   AND (p.report_id, p.passage) IN (
                       SELECT b.report_id, b.passage
                         FROM reuse_band b
                         JOIN unnest(?::smallint[], ?::int[]) AS q(band, hash) ON b.band = q.band AND b.hash = q.hash)""";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, excludeTownship == null ? "" : excludeTownship);
            s.setArray(2, c.createArrayOf("smallint", bandNumbers.toArray()));
            s.setArray(3, c.createArrayOf("integer", hashes.toArray()));
            List<Indexed> found = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Integer[] signature = (Integer[]) rs.getArray(6).getArray();
                    int[] values = new int[signature.length];
                    for (int i = 0; i < values.length; i++) {
                        values[i] = signature[i];
                    }
                    found.add(new Indexed(rs.getString(1), rs.getString(2),
                            new PassageSignature(rs.getInt(3), rs.getInt(4), rs.getInt(5), values)));
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
