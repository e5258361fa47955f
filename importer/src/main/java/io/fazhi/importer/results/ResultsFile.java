package io.fazhi.importer.results;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * {@code --out}: the results as a sheet (.csv, UTF-8 with a byte-order mark so that Excel reads the
 * Chinese names right) or as a JSON array (.json), written one result at a time.
 */
public final class ResultsFile implements AutoCloseable {

    private final Writer writer;
    private final SequenceWriter sequence;
    private final boolean csv;

    private ResultsFile(Writer writer, SequenceWriter sequence, boolean csv) {
        this.writer = writer;
        this.sequence = sequence;
        this.csv = csv;
    }

    /** @throws IllegalArgumentException when the name ends neither in .csv nor in .json */
    public static void requireKnownKind(Path out) {
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".csv") && !name.endsWith(".json")) {
            throw new IllegalArgumentException("--out names a .csv or a .json file, not " + out.getFileName());
        }
    }

    public static ResultsFile open(Path out, ObjectMapper json) throws IOException {
        requireKnownKind(out);
        Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
        if (out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
            writer.write('\uFEFF');
            CsvMapper mapper = new CsvMapper();
            return new ResultsFile(
                    writer,
                    mapper.writer(mapper.schemaFor(Row.class).withHeader()).writeValues(writer),
                    true);
        }
        return new ResultsFile(writer, json.writerWithDefaultPrettyPrinter().writeValuesAsArray(writer), false);
    }

    public void write(ImportResult result) throws IOException {
        sequence.write(csv ? Row.of(result) : result);
    }

    @Override
    public void close() throws IOException {
        sequence.close();
        writer.close();
    }

    /** A result as one row of the sheet: lists joined with "; ". */
    @JsonPropertyOrder({
        "file",
        "outcome",
        "township",
        "code",
        "year",
        "score",
        "missing",
        "warnings",
        "reportId",
        "version",
        "needsTownship",
        "candidates",
        "submittedAt",
        "problem"
    })
    record Row(
            String file,
            String outcome,
            String township,
            String code,
            Integer year,
            Double score,
            String missing,
            String warnings,
            String reportId,
            Integer version,
            boolean needsTownship,
            String candidates,
            String submittedAt,
            String problem) {

        static Row of(ImportResult r) {
            return new Row(
                    r.file(),
                    r.outcome().wire(),
                    r.township(),
                    r.code(),
                    r.year(),
                    r.score(),
                    String.join("; ", r.missing()),
                    String.join("; ", r.warnings()),
                    r.reportId(),
                    r.version(),
                    r.needsTownship(),
                    String.join("; ", r.candidates()),
                    r.submittedAt(),
                    r.problem() == null ? null : ResultLine.problem(r.problem()));
        }
    }
}
