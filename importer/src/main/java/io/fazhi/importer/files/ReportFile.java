package io.fazhi.importer.files;

import java.nio.file.Path;
import java.util.Locale;

/**
 * A file the importer sends, with what its name says about its kind.
 *
 * @param path the file
 * @param shown the path as it is shown in lines and results: under the folder as the person named it
 */
public record ReportFile(Path path, String shown) {

    /** The media type the file part declares; the report service tells formats apart by content anyway. */
    public String mediaType() {
        return switch (extension(path)) {
            case "docx" -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            case "pdf" -> "application/pdf";
            case "md" -> "text/markdown";
            default -> "text/plain";
        };
    }

    /** The file's name after its last dot, in lower case; empty when it has none. */
    public static String extension(Path path) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
