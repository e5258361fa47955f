package io.fazhi.importer.files;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFilesTest {

    @TempDir
    Path folder;

    @Test
    void aFolderGivesItsReportsOfEveryKindAndCountsTheRestByExtension() throws IOException {
        touch(
                "2023/南宋镇.txt",
                "2023/平氏镇.DOCX",
                "2023/scan.pdf",
                "notes.md",
                "old.doc",
                "sheet.xlsx",
                "2023/平氏镇.DOCX.json",
                ".git/HEAD.txt",
                "2024/.~lock.report.docx",
                "README");
        ReportFiles files = new ReportFiles(List.of(folder));

        List<String> sent = new ArrayList<>();
        files.forEach(f -> sent.add(folder.relativize(f.path()).toString()));
        assertThat(sent).containsExactlyInAnyOrder("2023/南宋镇.txt", "2023/平氏镇.DOCX", "2023/scan.pdf", "notes.md");
        ReportFiles.Census census = files.census();
        assertThat(census.files()).isEqualTo(4);
        assertThat(census.skipped()).isEqualTo(Map.of(".doc", 1, ".xlsx", 1, "(none)", 1));
    }

    @Test
    void aFileNamedDirectlyIsSentWhateverItsKindAndAMissingPathIsSaid() throws IOException {
        touch("report.doc");
        ReportFiles files = new ReportFiles(List.of(folder.resolve("report.doc")));
        List<ReportFile> sent = new ArrayList<>();
        files.forEach(sent::add);
        assertThat(sent).extracting(ReportFile::mediaType).containsExactly("text/plain");
        assertThat(files.missing()).isNull();
        assertThat(new ReportFiles(List.of(folder, folder.resolve("nowhere"))).missing())
                .isEqualTo(folder.resolve("nowhere"));
    }

    @Test
    void theMediaTypeFollowsTheExtension() {
        assertThat(new ReportFile(Path.of("a.DocX"), "a").mediaType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(new ReportFile(Path.of("a.pdf"), "a").mediaType()).isEqualTo("application/pdf");
        assertThat(new ReportFile(Path.of("a.md"), "a").mediaType()).isEqualTo("text/markdown");
    }

    @Test
    void aSidecarSaysTheDateTownshipAndYearOfItsFileAndItsAbsenceNothing() throws IOException {
        touch("南宋镇.docx");
        Files.writeString(
                folder.resolve("南宋镇.docx.json"),
                "{\"submittedAt\":\"2024-01-12\",\"townshipCode\":\"140404107\",\"year\":2023,\"note\":\"x\"}");
        ObjectMapper json = new ObjectMapper();
        assertThat(Sidecar.of(folder.resolve("南宋镇.docx"), json))
                .isEqualTo(new Sidecar("2024-01-12", "140404107", 2023));
        touch("other.txt");
        assertThat(Sidecar.of(folder.resolve("other.txt"), json)).isEqualTo(new Sidecar(null, null, null));
    }

    @Test
    void theContentHashIsTheFilesSha256() throws IOException {
        Files.writeString(folder.resolve("a.txt"), "abc");
        assertThat(ContentHash.of(folder.resolve("a.txt")))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
                .isEqualTo(ContentHash.of("abc"));
    }

    private void touch(String... names) throws IOException {
        for (String name : names) {
            Path file = folder.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, name);
        }
    }
}
