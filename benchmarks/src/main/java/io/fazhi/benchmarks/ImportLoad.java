package io.fazhi.benchmarks;

import io.fazhi.corpus.CorpusGenerator;
import io.fazhi.corpus.SyntheticReport;
import io.fazhi.local.DevTokens;
import io.fazhi.platform.places.PlaceDirectory;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A season imported into the running suite with the importer, as an administrator runs it: COUNT
 * generated reports (each with a sidecar naming its township) in a folder; the time from the
 * importer's start until every report is stored, assessed and in an office's inbox (an inbox
 * subscription per province the reports are from, as admin); and the importer's own memory (the
 * largest live heap after a collection, from its GC log, and its peak resident size).
 *
 * <p>{@code benchmarks/run import [COUNT] [PARALLEL]}; {@code benchmarks/run import 10000 8 --no-wait}
 * checks that the importer's memory stays flat for a folder ten times larger.
 */
public final class ImportLoad {

    private static final Pattern AFTER_GC = Pattern.compile("->(\\d+)M\\(");

    private ImportLoad() {}

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int parallel = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        boolean waitForAll = !(args.length > 2 && args[2].equals("--no-wait"));
        Path root = Path.of(LocalSuite.env("SUITE_ROOT", ".")).toAbsolutePath().normalize();
        String gateway = "http://localhost:" + LocalSuite.env("GATEWAY_PORT", "8080");
        String token = DevTokens.mintImporter("admin", null);

        Path folder = Files.createTempDirectory("fazhi-import-load");
        Set<String> provinces = new TreeSet<>();
        // One report per township-year in a run (the generator may pick one twice): versions of one
        // report are not what this measures. Another run sends the same township-years again.
        Set<String> townshipYears = new java.util.HashSet<>();
        for (SyntheticReport report :
                new CorpusGenerator(new PlaceDirectory(), System.nanoTime()).generate(count * 2)) {
            if (townshipYears.size() == count || !townshipYears.add(report.townshipCode() + "-" + report.year())) {
                continue;
            }
            Path file = folder.resolve(report.townshipCode().substring(0, 6))
                    .resolve(report.townshipName() + "-" + report.year() + "-" + report.index() + ".txt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, report.text());
            Files.writeString(
                    file.resolveSibling(file.getFileName() + ".json"),
                    "{\"townshipCode\":\"" + report.townshipCode() + "\"}");
            provinces.add(report.townshipCode().substring(0, 2));
        }
        for (String province : provinces) {
            subscribe(gateway, token, province);
        }
        System.out.printf(Locale.ROOT, "%d reports from %d provinces in %s%n", count, provinces.size(), folder);

        Instant start = Instant.now();
        Path gcLog = folder.resolveSibling(folder.getFileName() + "-gc.log");
        // As a person runs it: deploy/local/suite import (its JVM options), with a GC log added.
        ProcessBuilder command = new ProcessBuilder(
                        root.resolve("deploy/local/suite").toString(),
                        "import",
                        "--parallel",
                        String.valueOf(parallel),
                        "--wait",
                        waitForAll ? "120" : "0",
                        "--out",
                        folder.resolveSibling(folder.getFileName() + ".csv").toString(),
                        folder.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .redirectOutput(ProcessBuilder.Redirect.PIPE);
        command.environment().put("FAZHI_TOKEN", token);
        command.environment().put("IMPORTER_JAVA_OPTS", "-Xlog:gc:file=" + gcLog);
        Process importer = command.start();
        long peakRss = 0;
        Thread copy = new Thread(() -> {
            try {
                importer.getInputStream().transferTo(System.out);
            } catch (IOException ignored) {
                // the importer's summary is shown best-effort
            }
        });
        copy.start();
        while (importer.isAlive()) {
            peakRss = Math.max(peakRss, rssKb(importer.pid()));
            Thread.sleep(200);
        }
        copy.join();
        Duration importerTook = Duration.between(start, Instant.now());
        System.out.printf(
                Locale.ROOT,
                "importer: exit %d, %.1f s; peak resident %d MB; largest live heap after a GC %d MB%n",
                importer.exitValue(),
                importerTook.toMillis() / 1000.0,
                peakRss / 1024,
                largestLiveHeapMb(gcLog));
        if (!waitForAll) {
            return;
        }

        int port = LocalSuite.postgresPort();
        String jdbc = "jdbc:postgresql://localhost:" + port + "/";
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        long stored = 0;
        long assessed = 0;
        long notified = 0;
        Instant lastNotified = null;
        while (Instant.now().isBefore(deadline)) {
            stored = count(jdbc + "reports", "SELECT count(*) FROM report_version WHERE received_at >= ?", start);
            assessed = count(jdbc + "metrics", "SELECT count(*) FROM assessment WHERE assessed_at >= ?", start);
            notified = count(
                    jdbc + "notifications",
                    "SELECT count(DISTINCT report_id) FROM inbox_item WHERE event_type = 'report.assessed' AND created_at >= ?",
                    start);
            if (notified >= count) {
                lastNotified = Instant.now();
                break;
            }
            Thread.sleep(250);
        }
        Duration endToEnd = Duration.between(start, lastNotified == null ? Instant.now() : lastNotified);
        System.out.printf(
                Locale.ROOT,
                "stored %d, assessed %d, notified %d of %d in %.1f s: %.1f reports/s end to end%s%n",
                stored,
                assessed,
                notified,
                count,
                endToEnd.toMillis() / 1000.0,
                notified / (endToEnd.toMillis() / 1000.0),
                lastNotified == null ? " (NOT ALL NOTIFIED within 5 min)" : "");
    }

    private static void subscribe(String gateway, String token, String place) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(gateway + "/api/v1/subscriptions"))
                                .header("Authorization", "Bearer " + token)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "{\"place\":\"" + place + "\",\"channel\":\"inbox\",\"kinds\":[\"*\"]}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 201) {
            throw new IllegalStateException(
                    "subscription for " + place + ": " + response.statusCode() + " " + response.body());
        }
    }

    private static long count(String url, String sql, Instant since) throws Exception {
        try (Connection db = DriverManager.getConnection(url, "postgres", "");
                PreparedStatement query = db.prepareStatement(sql)) {
            query.setTimestamp(1, Timestamp.from(since));
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static long rssKb(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
                    .filter(l -> l.startsWith("VmRSS:"))
                    .mapToLong(l -> Long.parseLong(l.replaceAll("\\D", "")))
                    .findFirst()
                    .orElse(0);
        } catch (IOException gone) {
            return 0;
        }
    }

    private static long largestLiveHeapMb(Path gcLog) throws IOException {
        long largest = 0;
        for (String line : Files.readAllLines(gcLog)) {
            Matcher m = AFTER_GC.matcher(line);
            if (m.find()) {
                largest = Math.max(largest, Long.parseLong(m.group(1)));
            }
        }
        return largest;
    }
}
