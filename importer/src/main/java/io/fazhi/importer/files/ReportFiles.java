package io.fazhi.importer.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The files under the paths a person names: every .txt, .md, .docx and .pdf in the folders (hidden
 * ones left out), and each file named directly whatever its kind, so that the service can say why
 * it refuses it. The folders are walked lazily, twice (count, then send): the importer holds no list
 * of the files, so its memory does not grow with the folder.
 */
public final class ReportFiles {

    /** The kinds the report service reads; a scan inside a PDF is read by OCR there. */
    public static final Set<String> SUPPORTED = Set.of("txt", "md", "docx", "pdf");

    private final List<Path> roots;

    public ReportFiles(List<Path> roots) {
        this.roots = List.copyOf(roots);
    }

    /** The first path that does not exist, or null: a typing mistake is said before anything is sent. */
    public Path missing() {
        return roots.stream().filter(p -> !Files.exists(p)).findFirst().orElse(null);
    }

    /** How many files would be sent, and the other files in the folders by extension. */
    public Census census() {
        long[] count = {0};
        Map<String, Integer> skipped = new TreeMap<>();
        walk(
                file -> count[0]++,
                path -> skipped.merge(
                        ReportFile.extension(path).isEmpty() ? "(none)" : "." + ReportFile.extension(path),
                        1,
                        Integer::sum));
        return new Census(count[0], skipped);
    }

    /** Each file to send, in the order of the paths given and of the folders' listing. */
    public void forEach(Consumer<ReportFile> action) {
        walk(action, path -> {});
    }

    private void walk(Consumer<ReportFile> send, Consumer<Path> skip) {
        for (Path root : roots) {
            if (Files.isRegularFile(root)) {
                send.accept(new ReportFile(root, root.toString()));
                continue;
            }
            try (Stream<Path> paths = Files.walk(root)) {
                paths.filter(Files::isRegularFile).filter(p -> !hidden(root, p)).forEach(p -> {
                    if (SUPPORTED.contains(ReportFile.extension(p))) {
                        send.accept(new ReportFile(p, p.toString()));
                    } else if (!Sidecar.isSidecar(p)) {
                        skip.accept(p);
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A file or folder whose name starts with a dot, below the folder named (which may be "."). */
    private static boolean hidden(Path root, Path path) {
        for (Path part : root.relativize(path)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param files the files that will be sent
     * @param skipped the other files in the folders, by extension (".doc" → 3)
     */
    public record Census(long files, Map<String, Integer> skipped) {}
}
