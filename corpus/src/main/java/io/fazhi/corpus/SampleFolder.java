package io.fazhi.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the folder of sample reports the importer's README imports: each of the three full sample
 * reports as .txt, .docx and .pdf. {@code java -cp … io.fazhi.corpus.SampleFolder TEXTS OUT}
 * (the texts are report-service's test samples); the folder in the repository was made so.
 */
public final class SampleFolder {

    private SampleFolder() {}

    public static void main(String[] args) throws IOException {
        Path texts = Path.of(args[0]);
        Path out = Path.of(args[1]);
        for (String name : new String[] {"nansong-2024", "pingshi-2024", "nanyang-2023"}) {
            String text = Files.readString(texts.resolve(name + ".txt"), StandardCharsets.UTF_8);
            write(out.resolve("txt").resolve(name + ".txt"), text.getBytes(StandardCharsets.UTF_8));
            write(out.resolve("docx").resolve(name + ".docx"), WordDocuments.plain(text));
            write(out.resolve("pdf").resolve(name + ".pdf"), TextPdfs.of(text));
        }
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }
}
