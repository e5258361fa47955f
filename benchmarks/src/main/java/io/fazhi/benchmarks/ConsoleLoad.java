package io.fazhi.benchmarks;

import io.fazhi.local.DevTokens;
import io.fazhi.platform.places.Place;
import io.fazhi.platform.places.PlaceDirectory;
import io.fazhi.platform.places.PlaceLevel;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How fast the console's pages render on the server, against the running suite: the county board
 * of the largest county with five years of every township assessed (the roll-up benchmark's data),
 * and the report page of a real report (its text, assessment, checklist and versions). Requests go
 * to the console itself, one after another, with the county office's session; the board also
 * through the gateway. The report page is paced at {@value #REPORT_PAGES_PER_SECOND} a second: it
 * calls report-service four times, and the gateway allows one caller 20 such calls a second
 * (a person reads a page in far more than a second). Arguments: [requests per page, default 200].
 */
public final class ConsoleLoad {

    private static final String CONSOLE = "http://localhost:8084";
    private static final String GATEWAY = "http://localhost:8080";
    private static final int REPORT_PAGES_PER_SECOND = 4;

    private ConsoleLoad() {}

    public static void main(String[] args) throws Exception {
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        PlaceDirectory places = new PlaceDirectory();
        Place largest = places.under("", PlaceLevel.COUNTY).stream()
                .max(Comparator.comparingInt(
                        (Place c) -> places.townshipsUnder(c.code()).size()))
                .orElseThrow();
        int townships = places.townshipsUnder(largest.code()).size();
        HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String reportId = submitSample(http);
        try (AssessmentSeed seeded = AssessmentSeed.plant(places)) {
            String board = "/counties/" + largest.code() + "?year=2024";
            String session = DevTokens.mint("county-office", largest.code());
            measure(http, CONSOLE + board, session, requests / 10, 0); // warm-up
            System.out.printf(
                    "county board of %s %s (%d townships), at the console: %s%n",
                    largest.code(), largest.name(), townships, measure(http, CONSOLE + board, session, requests, 0));
            System.out.printf(
                    "county board, through the gateway: %s%n", measure(http, GATEWAY + board, session, requests, 0));
            String shangdang = DevTokens.mint("county-office", "140404");
            measure(http, CONSOLE + "/reports/" + reportId, shangdang, requests / 10, REPORT_PAGES_PER_SECOND);
            System.out.printf(
                    "report page of 南宋镇 2024, at the console: %s%n",
                    measure(http, CONSOLE + "/reports/" + reportId, shangdang, requests, REPORT_PAGES_PER_SECOND));
        }
    }

    /** 南宋镇's 2024 report through the API, assessed before the pages are timed. */
    private static String submitSample(HttpClient http) throws Exception {
        Path sample = Path.of("report-service/src/test/resources/samples/nansong-2024.txt");
        HttpResponse<String> created = http.send(
                HttpRequest.newBuilder(URI.create(GATEWAY + "/api/v1/reports"))
                        .header("Authorization", "Bearer " + DevTokens.mint("township", "140404107"))
                        .header("Content-Type", "text/plain; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(Files.readAllBytes(sample)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"").matcher(created.body());
        if (created.statusCode() / 100 != 2 || !id.find()) {
            throw new IllegalStateException("the sample was refused: " + created.statusCode() + " " + created.body());
        }
        String token = DevTokens.mint("county-office", "140404");
        for (int i = 0; i < 120; i++) {
            HttpResponse<Void> assessed = http.send(
                    HttpRequest.newBuilder(URI.create(GATEWAY + "/api/v1/assessments/" + id.group(1)))
                            .header("Authorization", "Bearer " + token)
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            if (assessed.statusCode() == 200) {
                return id.group(1);
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the sample was not assessed within a minute");
    }

    /** @param perSecond the pace, or 0 for one request right after the other */
    private static Latencies measure(HttpClient http, String url, String session, int requests, int perSecond)
            throws Exception {
        long[] latencies = new long[requests];
        Pacer pacer = perSecond > 0 ? new Pacer(perSecond) : null;
        for (int i = 0; i < requests; i++) {
            if (pacer != null) {
                pacer.awaitTurn(i);
            }
            long sent = System.nanoTime();
            HttpResponse<byte[]> page = http.send(
                    HttpRequest.newBuilder(URI.create(url))
                            .timeout(Duration.ofSeconds(30))
                            .header("Cookie", "fazhi_session=" + session)
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            boolean shown =
                    page.statusCode() == 200 && new String(page.body(), StandardCharsets.UTF_8).contains("</html>");
            latencies[i] = shown ? System.nanoTime() - sent : Long.MAX_VALUE;
        }
        return Latencies.of(latencies);
    }
}
