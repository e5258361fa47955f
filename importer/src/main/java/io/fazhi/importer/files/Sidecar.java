package io.fazhi.importer.files;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a sidecar file says about the report beside it: {@code 2023/南宋镇.docx.json} next to
 * {@code 2023/南宋镇.docx}, with any of {@code submittedAt} (ISO-8601 with an offset, or a date),
 * {@code townshipCode} and {@code year}. It wins over the command's options for its one file.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Sidecar(String submittedAt, String townshipCode, Integer year) {

    private static final String SUFFIX = ".json";
    private static final Sidecar NONE = new Sidecar(null, null, null);

    /** The sidecar of {@code file}, or an empty one; an unreadable sidecar is an error, said for that file. */
    public static Sidecar of(Path file, ObjectMapper json) throws IOException {
        Path sidecar = file.resolveSibling(file.getFileName() + SUFFIX);
        if (!Files.isRegularFile(sidecar)) {
            return NONE;
        }
        return json.readValue(sidecar.toFile(), Sidecar.class);
    }

    /** A sidecar (report.docx.json beside report.docx) is read with its report, not sent. */
    static boolean isSidecar(Path path) {
        String name = path.getFileName().toString();
        if (!name.endsWith(SUFFIX)) {
            return false;
        }
        Path report = path.resolveSibling(name.substring(0, name.length() - SUFFIX.length()));
        return ReportFiles.SUPPORTED.contains(ReportFile.extension(report));
    }
}
