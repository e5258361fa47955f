package io.fazhi.metrics.rollup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The SQL behind roll-ups: one grouped query per view over current assessments. */
@ApplicationScoped
public class RollupStore {

    @Inject
    EntityManager em;

    /** Per child place (the code prefix of length {@code childLength}): counts and score buckets. */
    public record ChildAggregate(String childCode, long submitted, long late, double meanScore, long[] buckets) {}

    /** Buckets of the score distribution: below 60, 60–70, 70–80, 80–90, 90 and above. */
    public static final List<String> BUCKETS = List.of("<60", "60-70", "70-80", "80-90", ">=90");

    @SuppressWarnings("unchecked")
    public Map<String, ChildAggregate> children(String prefix, int childLength, int year) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT substring(township_code, 1, :len) AS child, count(*), count(*) FILTER (WHERE days_late > 0),
                       avg(score),
                       count(*) FILTER (WHERE score < 60), count(*) FILTER (WHERE score >= 60 AND score < 70),
                       count(*) FILTER (WHERE score >= 70 AND score < 80), count(*) FILTER (WHERE score >= 80 AND score < 90),
                       count(*) FILTER (WHERE score >= 90)
                  FROM assessment
                 WHERE status = 'current' AND year = :year AND township_code LIKE :prefix
                 GROUP BY child""")
                .setParameter("len", childLength)
                .setParameter("year", year)
                .setParameter("prefix", prefix + "%")
                .getResultList();
        Map<String, ChildAggregate> byChild = new HashMap<>();
        for (Object[] row : rows) {
            long[] buckets = new long[5];
            for (int i = 0; i < 5; i++) {
                buckets[i] = ((Number) row[4 + i]).longValue();
            }
            byChild.put(
                    (String) row[0],
                    new ChildAggregate(
                            (String) row[0],
                            ((Number) row[1]).longValue(),
                            ((Number) row[2]).longValue(),
                            round(((BigDecimal) row[3]).doubleValue()),
                            buckets));
        }
        return byChild;
    }

    /** Mean score per checklist part under a prefix, weakest first. */
    @SuppressWarnings("unchecked")
    public Map<String, Double> partMeans(String prefix, int year) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT p.key, avg(p.value::numeric)
                  FROM assessment a, jsonb_each_text(a.part_scores) p
                 WHERE a.status = 'current' AND a.year = :year AND a.township_code LIKE :prefix
                 GROUP BY p.key ORDER BY avg(p.value::numeric), p.key""")
                .setParameter("year", year)
                .setParameter("prefix", prefix + "%")
                .getResultList();
        Map<String, Double> means = new LinkedHashMap<>();
        for (Object[] row : rows) {
            means.put((String) row[0], round(((BigDecimal) row[1]).doubleValue()));
        }
        return means;
    }

    /** The current assessments of one county's townships, by township code. */
    @SuppressWarnings("unchecked")
    public Map<String, Object[]> countyRows(String county, int year) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT township_code, report_id, version, score, days_late, missing_contents, part_scores::text, reuse_matches,
                       body::jsonb #>> '{timeliness,submittedAt}'
                  FROM assessment
                 WHERE status = 'current' AND year = :year AND township_code LIKE :prefix""")
                .setParameter("year", year)
                .setParameter("prefix", county + "%")
                .getResultList();
        Map<String, Object[]> byTownship = new HashMap<>();
        for (Object[] row : rows) {
            byTownship.put((String) row[0], row);
        }
        return byTownship;
    }

    /** Per year under a prefix: submitted, late, mean score. */
    @SuppressWarnings("unchecked")
    public Map<Integer, double[]> byYear(String prefix, int from, int to) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT year, count(*), count(*) FILTER (WHERE days_late > 0), avg(score)
                  FROM assessment
                 WHERE status = 'current' AND year BETWEEN :from AND :to AND township_code LIKE :prefix
                 GROUP BY year""")
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("prefix", prefix + "%")
                .getResultList();
        Map<Integer, double[]> byYear = new HashMap<>();
        for (Object[] row : rows) {
            byYear.put(((Number) row[0]).intValue(), new double[] {
                ((Number) row[1]).doubleValue(),
                ((Number) row[2]).doubleValue(),
                round(((BigDecimal) row[3]).doubleValue())
            });
        }
        return byYear;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
