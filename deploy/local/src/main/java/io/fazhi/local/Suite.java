package io.fazhi.local;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The local suite: {@code up} starts PostgreSQL, the Kafka broker and every built service on its
 * fixed port, waits until all are healthy and runs until Ctrl-C or {@code suite down};
 * {@code token GROUP [PLACE]} prints a bearer token for a demo caller; {@code kill SERVICE} and
 * {@code restart kafka|postgres} inject a fault into the running suite ({@link SuiteControl}).
 * Called by deploy/local/suite.
 */
public final class Suite {

    private static final Duration HEALTH_TIMEOUT = Duration.ofMinutes(3);
    /** Lowers a process's CPU priority (Linux, macOS); without it every service runs at the same. */
    private static final File NICE = new File("/usr/bin/nice");

    private final Path root;
    private final Path data;
    private final List<RunningService> running = new CopyOnWriteArrayList<>();
    private List<SuiteService> services = List.of();
    private Infrastructure infrastructure;
    private SuiteControl control;
    private volatile boolean stopping;

    private Suite(Path root, Path data) {
        this.root = root;
        this.data = data;
    }

    public static void main(String[] args) throws Exception {
        String command = args.length == 0 ? "help" : args[0];
        switch (command) {
            case "up" -> {
                Path root = Path.of(System.getProperty("suite.root", "."))
                        .toAbsolutePath()
                        .normalize();
                Path data = Path.of(System.getProperty(
                        "suite.data", root.resolve("deploy/local/.data").toString()));
                new Suite(root, data).up();
            }
            case "token" -> {
                // --importer adds the importer role: original dates of submission, the import rate limit.
                boolean importer = Arrays.asList(args).contains("--importer");
                String[] words =
                        Arrays.stream(args).filter(a -> !a.equals("--importer")).toArray(String[]::new);
                if (words.length < 2) {
                    fail("usage: suite token GROUP [PLACE] [--importer]   (GROUP: "
                            + String.join(", ", DevTokens.GROUPS) + ")");
                }
                String place = words.length > 2 ? words[2] : null;
                try {
                    System.out.println(
                            importer ? DevTokens.mintImporter(words[1], place) : DevTokens.mint(words[1], place));
                } catch (IllegalArgumentException e) {
                    fail(e.getMessage());
                }
            }
            case "kill", "restart" -> {
                if (args.length < 2) {
                    fail("usage: suite kill SERVICE | suite restart kafka|postgres");
                }
                Path data = Path.of(System.getProperty("suite.data", "deploy/local/.data"));
                try {
                    System.out.println(SuiteControl.request(data, command, args[1]));
                } catch (RuntimeException e) {
                    fail(e.getMessage());
                }
            }
            default -> fail("usage: suite up | token GROUP [PLACE] | kill SERVICE | restart kafka|postgres");
        }
    }

    private void up() throws Exception {
        Files.createDirectories(data.resolve("logs"));
        services = SuiteService.ALL.stream()
                .filter(s -> s.runner(root).isPresent())
                .toList();
        if (services.isEmpty()) {
            fail("no service is built: run ./mvnw install -DskipTests first");
        }
        for (SuiteService service : services) {
            requireFree(service);
            // Free now, bound only once the service starts: the broker and PostgreSQL must not take them.
            FreePorts.reserve(service.port(), service.managementPort());
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            stopAll();
                            stopped.countDown();
                        },
                        "suite-shutdown"));
        Files.writeString(
                data.resolve("suite.pid"), Long.toString(ProcessHandle.current().pid()));

        infrastructure = Infrastructure.start(data, true);
        PostgresServer postgres = infrastructure.postgres();
        System.out.printf(
                "PostgreSQL  %s  (%s; databases %s)%n",
                postgres.jdbcUrl(""), postgres.origin(), String.join(", ", Infrastructure.DATABASES));
        System.out.printf(
                "Kafka       %s  (%s)%n",
                infrastructure.kafka().bootstrapServers(),
                infrastructure.kafka().origin());

        for (SuiteService service : services) {
            running.add(launch(service));
        }
        for (RunningService service : running) {
            awaitHealthy(service);
            System.out.printf(
                    "%-21s %s  (metrics: :%d/q/metrics, log: %s)%n",
                    service.spec().module(),
                    service.spec().url(),
                    service.spec().managementPort(),
                    service.log());
        }
        control = SuiteControl.serve(data, new SuiteControl.Faults() {
            @Override
            public String kill(String module) throws Exception {
                return killAndRelaunch(module);
            }

            @Override
            public String restart(String component) {
                return restartInfrastructure(component);
            }
        });
        System.out.println("The suite is up: API and docs at "
                + SuiteService.ALL.get(0).url() + ". Stop it with Ctrl-C or deploy/local/suite down.");
        stopped.await();
    }

    /** SIGKILL, then the same service started again as Kubernetes restarts a container; returns when it is ready. */
    private String killAndRelaunch(String module) throws IOException, InterruptedException {
        RunningService old = running.stream()
                .filter(r -> r.spec().module().equals(module))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no running service " + module + "; running: "
                        + String.join(
                                ", ",
                                running.stream().map(r -> r.spec().module()).toList())));
        requireRunning();
        long start = System.nanoTime();
        old.guard().release();
        old.process().destroyForcibly().waitFor();
        RunningService fresh = launch(old.spec());
        running.set(running.indexOf(old), fresh);
        Readiness.await(module, fresh.process(), fresh.spec().url(), HEALTH_TIMEOUT, fresh.log());
        return String.format(
                "%s killed (SIGKILL, exit %d) and ready again after %.1f s",
                module, old.process().exitValue(), (System.nanoTime() - start) / 1e9);
    }

    /** The broker stopped and started; PostgreSQL crashed (immediate shutdown) and started. Returns when it is back. */
    private String restartInfrastructure(String component) {
        requireRunning();
        long start = System.nanoTime();
        switch (component) {
            case "kafka" -> {
                if (!infrastructure.kafka().restartable()) {
                    throw new UnsupportedOperationException(
                            "the " + infrastructure.kafka().origin() + " broker cannot be restarted from here");
                }
                infrastructure.kafka().stop();
                infrastructure.kafka().start();
            }
            case "postgres" -> {
                if (!infrastructure.postgres().restartable()) {
                    throw new UnsupportedOperationException(
                            "the " + infrastructure.postgres().origin() + " PostgreSQL cannot be restarted from here");
                }
                infrastructure.postgres().restart();
            }
            default -> throw new IllegalArgumentException("restart kafka or postgres, not " + component);
        }
        return String.format("%s restarted after %.1f s", component, (System.nanoTime() - start) / 1e9);
    }

    private void requireRunning() {
        if (stopping) {
            throw new IllegalArgumentException("the suite is stopping");
        }
    }

    private RunningService launch(SuiteService service) throws IOException {
        Path log = data.resolve("logs").resolve(service.module() + ".log");
        List<String> command = new ArrayList<>();
        if (service.background() && NICE.canExecute()) {
            // Kafka consumers yield the CPU to the request path: a submission waits for its answer, an
            // event waits in its topic (the runs measured with and without: deploy/local/README.md).
            command.addAll(List.of(NICE.toString(), "-n", "10"));
        }
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(service.jvmOptions());
        command.addAll(List.of(
                "-Dquarkus.profile=local",
                "-jar",
                service.runner(root).orElseThrow().toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(service.port()));
        env.put("QUARKUS_MANAGEMENT_PORT", Integer.toString(service.managementPort()));
        env.put("KAFKA_BOOTSTRAP_SERVERS", infrastructure.kafka().bootstrapServers());
        if (service.database() != null) {
            PostgresServer postgres = infrastructure.postgres();
            env.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(service.database()));
            env.put("QUARKUS_DATASOURCE_USERNAME", postgres.user());
            env.put("QUARKUS_DATASOURCE_PASSWORD", postgres.password());
        }
        for (SuiteService other : services) {
            env.put(other.urlVariable(), other.url());
        }
        if (service.module().equals("console")) {
            // The demo sign-in signs with the development key, which only the local suite hands the console.
            env.put(
                    "SMALLRYE_JWT_SIGN_KEY_LOCATION",
                    root.resolve("deploy/local/src/main/resources/dev-jwt/privateKey.pem")
                            .toString());
        }
        Process process = builder.start();
        return new RunningService(service, process, OrphanGuard.watch(process.pid()), log);
    }

    private static void awaitHealthy(RunningService service) throws InterruptedException {
        try {
            Readiness.await(
                    service.spec().module(), service.process(), service.spec().url(), HEALTH_TIMEOUT, service.log());
        } catch (IllegalStateException e) {
            fail(e.getMessage());
        }
    }

    private synchronized void stopAll() {
        stopping = true;
        if (control != null) {
            control.close();
        }
        // The gateway first, so nothing routes to a service that is going away.
        running.forEach(service -> service.process().destroy());
        for (RunningService service : running) {
            try {
                if (!service.process().waitFor(30, TimeUnit.SECONDS)) {
                    service.process().destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            service.guard().release();
        }
        running.clear();
        if (infrastructure != null) {
            infrastructure.close();
            infrastructure = null;
        }
        data.resolve("suite.pid").toFile().delete();
        System.out.println("The suite is down.");
    }

    private static void requireFree(SuiteService service) {
        requireFree(service, service.port(), service.portVariable());
        requireFree(service, service.managementPort(), service.managementPortVariable());
    }

    private static void requireFree(SuiteService service, int port, String variable) {
        try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            probe.setReuseAddress(true);
        } catch (IOException e) {
            fail("port " + port + " for " + service.module() + " is taken (is a suite already up?); set " + variable
                    + " to use another");
        }
    }

    private static void fail(String message) {
        System.err.println("suite: " + message);
        System.exit(2);
    }

    private record RunningService(SuiteService spec, Process process, OrphanGuard guard, Path log) {}
}
