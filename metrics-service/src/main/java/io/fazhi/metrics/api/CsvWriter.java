package io.fazhi.metrics.api;

import io.fazhi.metrics.rollup.Rollup;
import io.fazhi.platform.api.PageOf;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Lists and roll-ups as CSV for spreadsheets ({@code Accept: text/csv}): one row per assessment,
 * township or child place. UTF-8 with a byte-order mark, so Excel shows the Chinese names.
 */
@Provider
@Produces("text/csv")
public class CsvWriter implements MessageBodyWriter<Object> {

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return PageOf.class.isAssignableFrom(type)
                || Rollup.class.isAssignableFrom(type)
                || List.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(
            Object entity,
            Class<?> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, Object> headers,
            OutputStream out)
            throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        if (entity instanceof PageOf<?> page) {
            // The only page this service lists is of assessments (AssessmentResource.list).
            rows.add(List.of(
                    "reportId", "version", "townshipCode", "year", "score", "missingContents", "daysLate", "status"));
            page.items().stream()
                    .map(AssessmentResource.AssessmentSummary.class::cast)
                    .forEach(s -> rows.add(List.of(
                            s.reportId(),
                            s.version(),
                            nz(s.townshipCode()),
                            s.year(),
                            s.score(),
                            String.join(";", s.missingContents()),
                            s.daysLate(),
                            s.status())));
        } else if (entity instanceof Rollup rollup && rollup.townships() != null) {
            rows.add(List.of(
                    "code",
                    "name",
                    "submitted",
                    "reportId",
                    "score",
                    "late",
                    "daysLate",
                    "missingContents",
                    "partScores",
                    "reuseMatches"));
            rollup.townships()
                    .forEach(t -> rows.add(List.of(
                            t.code(),
                            t.name(),
                            t.submitted(),
                            nz(t.reportId()),
                            nz(t.score()),
                            t.late(),
                            t.daysLate(),
                            String.join(";", t.missingContents()),
                            pairs(t.partScores()),
                            t.reuseMatches())));
        } else if (entity instanceof Rollup rollup) {
            rows.add(List.of("code", "name", "expected", "submitted", "late", "meanScore", "scoreDistribution"));
            rollup.children()
                    .forEach(c -> rows.add(List.of(
                            c.code(),
                            c.name(),
                            c.expected(),
                            c.submitted(),
                            c.late(),
                            nz(c.meanScore()),
                            pairs(c.scoreDistribution()))));
        } else if (entity instanceof List<?> list) {
            rows.add(List.of("year", "expected", "submitted", "late", "meanScore"));
            for (Object item : list) {
                Rollup.TrendPoint p = (Rollup.TrendPoint) item;
                rows.add(List.of(p.year(), p.expected(), p.submitted(), p.late(), nz(p.meanScore())));
            }
        }
        StringBuilder csv = new StringBuilder("\uFEFF");
        for (List<Object> row : rows) {
            csv.append(row.stream().map(CsvWriter::cell).collect(Collectors.joining(",")))
                    .append('\n');
        }
        out.write(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String cell(Object value) {
        String s = String.valueOf(value);
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    private static String pairs(Map<String, ?> map) {
        return map.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(";"));
    }

    private static Object nz(Object value) {
        return value == null ? "" : value;
    }
}
