package io.fazhi.importer.results;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The results of a run, one JSON line each, in a temporary file until they are printed or written
 * to {@code --out}: the importer's memory stays the same for ten files or ten thousand.
 */
public final class ResultSpool implements AutoCloseable {

    private final ObjectMapper json;
    private final Path file;
    private final BufferedWriter out;

    public ResultSpool(ObjectMapper json) {
        this.json = json;
        try {
            this.file = Files.createTempFile("fazhi-import-", ".jsonl");
            file.toFile().deleteOnExit(); // after Ctrl-C too
            this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public synchronized void add(ImportResult result) {
        try {
            out.write(json.writeValueAsString(result));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each result written so far, in the order they were added. */
    public void forEach(ResultConsumer action) throws InterruptedException {
        synchronized (this) {
            try {
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                action.accept(json.readValue(line, ImportResult.class));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What is done with each result; it may wait (for an assessment). */
    public interface ResultConsumer {
        void accept(ImportResult result) throws InterruptedException;
    }

    @Override
    public synchronized void close() {
        try {
            out.close();
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
