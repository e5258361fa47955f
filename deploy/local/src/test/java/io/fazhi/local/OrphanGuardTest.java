package io.fazhi.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrphanGuardTest {

    @Test
    void aKilledJvmLeavesNoBrokerOrPostgresBehind(@TempDir Path data) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                ConfiguredInfrastructure.setting("SUITE_DB_URL").isEmpty()
                        && !ContainerInfrastructure.dockerAvailable(),
                "only the embedded servers are started as child processes");
        Process jvm = new ProcessBuilder(
                        ProcessHandle.current().info().command().orElse("java"),
                        "-cp",
                        System.getProperty("java.class.path"),
                        InfrastructureProbe.class.getName(),
                        data.toString())
                .redirectErrorStream(true)
                .start();
        try {
            BufferedReader out =
                    new BufferedReader(new InputStreamReader(jvm.getInputStream(), StandardCharsets.UTF_8));
            String line;
            do {
                line = out.readLine();
                if (line == null) {
                    throw new AssertionError("the probe JVM exited before starting the infrastructure");
                }
            } while (!line.startsWith("PIDS "));
            String[] parts = line.split(" ");
            List<Long> pids = List.of(Long.parseLong(parts[1]), Long.parseLong(parts[2]));
            assertThat(pids).allMatch(OrphanGuardTest::alive);

            jvm.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook runs

            for (long pid : pids) {
                Await.until(Duration.ofMinutes(1), () -> alive(pid) ? null : Boolean.TRUE);
            }
            assertThat(pids).noneMatch(OrphanGuardTest::alive);
        } finally {
            jvm.destroyForcibly();
        }
    }

    private static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
