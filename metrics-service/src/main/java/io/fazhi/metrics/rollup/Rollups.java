package io.fazhi.metrics.rollup;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fazhi.metrics.deadline.DueDates;
import io.fazhi.platform.places.Place;
import io.fazhi.platform.places.PlaceDirectory;
import io.fazhi.platform.places.PlaceLevel;
import io.fazhi.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds roll-ups from current assessments and the division table (who was expected to report). */
@ApplicationScoped
public class Rollups {

    /** The code of the whole country in roll-up paths. */
    public static final String NATION = "CN";

    private static final int WEAKEST = 3;
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Inject
    RollupStore queries;

    @Inject
    PlaceDirectory places;

    @Inject
    ObjectMapper json;

    @Inject
    DueDates dueDates;

    public Rollup of(String placeCode, int year) {
        String prefix = NATION.equals(placeCode) ? "" : placeCode;
        PlaceLevel level =
                NATION.equals(placeCode) ? null : PlaceLevel.ofCode(placeCode).orElseThrow();
        String name = NATION.equals(placeCode)
                ? "全国"
                : places.byCode(placeCode)
                        .orElseThrow(() -> ProblemException.notFound("no place has the code " + placeCode))
                        .name();
        Map<String, Double> weakest = weakest(queries.partMeans(prefix, year));
        if (level == PlaceLevel.COUNTY || level == PlaceLevel.TOWNSHIP) {
            return townshipView(placeCode, name, level, year, weakest);
        }
        int childLength = level == null ? 2 : level == PlaceLevel.PROVINCE ? 4 : 6;
        PlaceLevel childLevel = level == null
                ? PlaceLevel.PROVINCE
                : level == PlaceLevel.PROVINCE ? PlaceLevel.CITY : PlaceLevel.COUNTY;
        Map<String, RollupStore.ChildAggregate> aggregates = queries.children(prefix, childLength, year);
        List<Rollup.ChildRow> children = new ArrayList<>();
        int expected = 0;
        int submitted = 0;
        int late = 0;
        double scoreSum = 0;
        for (Place child : places.under(prefix, childLevel)) {
            int childExpected = places.townshipsUnder(child.code()).size();
            RollupStore.ChildAggregate a = aggregates.get(child.code());
            Map<String, Long> distribution = new LinkedHashMap<>();
            for (int i = 0; i < RollupStore.BUCKETS.size(); i++) {
                distribution.put(RollupStore.BUCKETS.get(i), a == null ? 0 : a.buckets()[i]);
            }
            children.add(new Rollup.ChildRow(
                    child.code(),
                    child.name(),
                    childExpected,
                    a == null ? 0 : (int) a.submitted(),
                    a == null ? 0 : (int) a.late(),
                    a == null ? null : a.meanScore(),
                    distribution));
            expected += childExpected;
            if (a != null) {
                submitted += a.submitted();
                late += a.late();
                scoreSum += a.meanScore() * a.submitted();
            }
        }
        return new Rollup(
                placeCode,
                name,
                level == null ? "nation" : level.name().toLowerCase(),
                year,
                expected,
                submitted,
                late,
                submitted == 0 ? null : Math.round(scoreSum / submitted * 10) / 10.0,
                null,
                weakest,
                null,
                children);
    }

    public List<Rollup.TrendPoint> trend(String placeCode, int from, int to) {
        String prefix = NATION.equals(placeCode) ? "" : placeCode;
        if (!NATION.equals(placeCode) && places.byCode(placeCode).isEmpty()) {
            throw ProblemException.notFound("no place has the code " + placeCode);
        }
        int expected = PlaceLevel.ofCode(placeCode).orElse(null) == PlaceLevel.TOWNSHIP
                ? 1
                : places.townshipsUnder(prefix).size();
        Map<Integer, double[]> byYear = queries.byYear(prefix, from, to);
        List<Rollup.TrendPoint> trend = new ArrayList<>();
        for (int year = from; year <= to; year++) {
            double[] row = byYear.get(year);
            trend.add(new Rollup.TrendPoint(
                    year,
                    expected,
                    row == null ? 0 : (int) row[0],
                    row == null ? 0 : (int) row[1],
                    row == null ? null : row[2]));
        }
        return trend;
    }

    private Rollup townshipView(String code, String name, PlaceLevel level, int year, Map<String, Double> weakest) {
        List<Place> townships =
                level == PlaceLevel.TOWNSHIP ? List.of(places.byCode(code).orElseThrow()) : places.townshipsUnder(code);
        Map<String, Object[]> rows = queries.countyRows(code, year);
        LocalDate due = dueDates.dueFor(code, year);
        List<Rollup.TownshipRow> list = new ArrayList<>();
        int submitted = 0;
        int late = 0;
        double sum = 0;
        for (Place township : townships) {
            Object[] row = rows.get(township.code());
            if (row == null) {
                list.add(new Rollup.TownshipRow(
                        township.code(),
                        township.name(),
                        false,
                        null,
                        null,
                        null,
                        false,
                        0,
                        0,
                        List.of(),
                        Map.of(),
                        0));
                continue;
            }
            double score = ((BigDecimal) row[3]).doubleValue();
            int daysLate = ((Number) row[4]).intValue();
            String missing = (String) row[5];
            list.add(new Rollup.TownshipRow(
                    township.code(),
                    township.name(),
                    true,
                    (String) row[1],
                    ((Number) row[2]).intValue(),
                    score,
                    daysLate > 0,
                    daysLate,
                    daysEarly(due, (String) row[8]),
                    missing.isEmpty() ? List.of() : Arrays.asList(missing.split(",")),
                    parts((String) row[6]),
                    ((Number) row[7]).intValue()));
            submitted++;
            late += daysLate > 0 ? 1 : 0;
            sum += score;
        }
        return new Rollup(
                code,
                name,
                level.name().toLowerCase(),
                year,
                townships.size(),
                submitted,
                late,
                submitted == 0 ? null : Math.round(sum / submitted * 10) / 10.0,
                due,
                weakest,
                list,
                null);
    }

    /** Whole days between the day a report was received (China's calendar) and its due date; 0 when late. */
    private static int daysEarly(LocalDate due, String submittedAt) {
        if (submittedAt == null) {
            return 0;
        }
        LocalDate on = Instant.parse(submittedAt).atZone(CHINA).toLocalDate();
        return (int) Math.max(0, ChronoUnit.DAYS.between(on, due));
    }

    private Map<String, Double> parts(String partScores) {
        try {
            return json.readValue(partScores, new TypeReference<LinkedHashMap<String, Double>>() {});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Double> weakest(Map<String, Double> means) {
        Map<String, Double> weakest = new LinkedHashMap<>();
        means.entrySet().stream().limit(WEAKEST).forEach(e -> weakest.put(e.getKey(), e.getValue()));
        return weakest;
    }
}
