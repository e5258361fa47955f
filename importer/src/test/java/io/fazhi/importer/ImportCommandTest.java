package io.fazhi.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.main.Launch;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The command line as a person meets it: help, mistakes said before anything is sent, a gateway out of reach. */
@QuarkusMainTest
class ImportCommandTest {

    @Test
    @Launch({"import", "--help"})
    void helpNamesTheOptionsAndTheExitStatuses(LaunchResult result) {
        assertThat(result.getOutput())
                .contains("--parallel", "--out", "--submitted-at", "--file-dates", "FAZHI_TOKEN")
                .contains("1   some files were refused", "3   the run stopped");
    }

    @Test
    void mistakesOnTheCommandLineAreSaidWithStatus2(QuarkusMainLauncher launcher) throws Exception {
        Path folder = Files.createTempDirectory("import-test");
        String path = folder.toString();
        assertUsage(
                launcher.launch("import", "--token", "t", "--parallel", "0", path), "--parallel is between 1 and 16");
        assertUsage(launcher.launch("import", "--token", "t", "--parallel", "17", path), "--parallel");
        assertUsage(launcher.launch("import", "--token", "t", path + "/nowhere"), "no such file or folder");
        assertUsage(launcher.launch("import", "--token", "t", "--submitted-at", "10/01/2025", path), "is not a date");
        assertUsage(launcher.launch("import", "--token", "t", "--out", "results.xlsx", path), ".csv or a .json");
        assertUsage(launcher.launch("import", "--token", "t", "--township", "1404", path), "9-digit township");
        assertUsage(launcher.launch("import", "--token", "t", "--url", "ftp://example", path), "http(s)");
        assertUsage(launcher.launch("import", "--token", " ", path), "no token");
    }

    @Test
    void aGatewayOutOfReachStopsTheRunWithStatus3AndSaysHowToGoOn(QuarkusMainLauncher launcher) throws Exception {
        Path folder = Files.createTempDirectory("import-test");
        Files.writeString(folder.resolve("南宋镇.txt"), "南宋镇2024年法治政府建设情况报告");
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        LaunchResult result = launcher.launch(
                "import", "--token", "t", "--retries", "1", "--url", "http://127.0.0.1:" + closed, folder.toString());
        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.getErrorOutput())
                .contains("The import stopped: the gateway at http://127.0.0.1:" + closed + " did not answer")
                .contains("Run the same command again");
    }

    private static void assertUsage(LaunchResult result, String message) {
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.getErrorOutput()).contains(message);
    }
}
