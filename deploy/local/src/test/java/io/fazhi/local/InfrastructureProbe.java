package io.fazhi.local;

import java.nio.file.Files;

/** Run in a child JVM by {@link OrphanGuardTest}: starts the infrastructure, prints its pids, waits to be killed. */
public final class InfrastructureProbe {

    private InfrastructureProbe() {
    }

    public static void main(String[] args) throws Exception {
        Infrastructure infrastructure = Infrastructure.start(Files.createTempDirectory("fazhi-probe-"), false);
        System.out.println("PIDS " + infrastructure.postgres().pid() + " " + infrastructure.kafka().pid());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
