package io.fazhi.local;

import java.nio.file.Path;

/**
 * Run in a child JVM by {@link OrphanGuardTest}: starts the infrastructure in the directory given
 * (the test's, which it removes: a killed JVM cannot), prints its pids, waits to be killed.
 */
public final class InfrastructureProbe {

    private InfrastructureProbe() {}

    public static void main(String[] args) throws Exception {
        Infrastructure infrastructure = Infrastructure.start(Path.of(args[0]), false);
        System.out.println("PIDS " + infrastructure.postgres().pid() + " "
                + infrastructure.kafka().pid());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
