package io.fazhi.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fazhi.corpus.ScannedPdfs;
import io.fazhi.local.DevTokens;
import io.fazhi.platform.places.Place;
import io.fazhi.platform.places.PlaceDirectory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.apache.pdfbox.Loader;

/**
 * A scanned report read end to end through the running suite, and the submissions around it: an
 * N-page scan (default 8) of 南阳镇's 2023 report, POSTed through the gateway as a multipart file by
 * its township, followed by its status link until it is stored; meanwhile text reports of other
 * townships arrive at RATE a second (default 5), their latencies compared with 20 seconds' worth
 * sent before the scan (after 10 seconds' worth to warm up). Prints the seconds from POST to stored (the bound: under 60 s for 8
 * pages) and both latency sets. Arguments: [pages] [rate].
 */
public final class ScanLoad {

    private static final String GATEWAY = "http://localhost:8080";
    private static final String NANYANG = "320681106";

    private ScanLoad() {}

    public static void main(String[] args) throws Exception {
        int pages = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        int rate = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        if (ScannedPdfs.chineseFont().isEmpty()) {
            throw new IllegalStateException("no font draws Chinese here to make the scan: install fonts-wqy-microhei");
        }
        byte[] scan = scanOf(pages);
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        ObjectMapper json = new ObjectMapper();
        List<Place> townships = new PlaceDirectory().townshipsUnder("41");
        String admin = DevTokens.mint("admin", null);
        String text = Samples.text("pingshi-2024.txt");

        texts(http, json, admin, townships, text, 0, rate * 10, rate, null); // warm-up
        Latencies before = texts(http, json, admin, townships, text, rate * 10, rate * 20, rate, null);
        System.out.printf("text submissions before the scan: %s%n", before);

        long posted = System.nanoTime();
        HttpResponse<String> answer = http.send(
                HttpRequest.newBuilder(URI.create(GATEWAY + "/api/v1/reports"))
                        .header("Authorization", "Bearer " + DevTokens.mint("township", NANYANG))
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .header("Content-Type", "multipart/form-data; boundary=scanload")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(scan)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        double answered = (System.nanoTime() - posted) / 1e9;
        System.out.printf(
                "scan of %d pages (%d KB) answered %d in %.2f s%n",
                pages, scan.length / 1024, answer.statusCode(), answered);
        CompletableFuture<JsonNode> stored = CompletableFuture.supplyAsync(() -> follow(http, json, answer));
        Latencies during = texts(http, json, admin, townships, text, rate * 30, Integer.MAX_VALUE, rate, stored);
        JsonNode report = stored.join();
        double seconds = (System.nanoTime() - posted) / 1e9;
        System.out.printf(
                "scan stored as report %s version %s in %.1f s from POST (%.1f s a page): township %s, year %s, %d sections%n",
                report.path("id").asText(),
                report.path("version").asText(),
                seconds,
                seconds / pages,
                report.path("township").path("name").asText(),
                report.path("year").asText(),
                report.path("sections").size());
        report.path("warnings").forEach(w -> System.out.println("  warning: " + w.asText()));
        System.out.printf("text submissions while the scan was read: %s%n", during);
    }

    /** 南阳镇's report drawn as a scan of {@code pages} pages: its text, its measures again until the pages are filled. */
    private static byte[] scanOf(int pages) throws Exception {
        String report = Samples.text("nanyang-2023.txt")
                .replace("### ", "")
                .replace("## ", "")
                .replace("**", "");
        StringBuilder text = new StringBuilder(report);
        byte[] scan = ScannedPdfs.of(text.toString(), "-");
        while (pageCount(scan) < pages) {
            text.append('\n').append(report, report.indexOf('\n') + 1, report.length());
            scan = ScannedPdfs.of(text.toString(), "-");
        }
        while (pageCount(scan) > pages) {
            text.setLength(text.length() - 200);
            scan = ScannedPdfs.of(text.toString(), "-");
        }
        return scan;
    }

    private static int pageCount(byte[] pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    /** Follows a 202's status link until the scan is stored (the report), or returns the 201's report. */
    private static JsonNode follow(HttpClient http, ObjectMapper json, HttpResponse<String> answer) {
        try {
            if (answer.statusCode() == 201) {
                return json.readTree(answer.body());
            }
            if (answer.statusCode() != 202) {
                throw new IllegalStateException("the scan was refused: " + answer.body());
            }
            String status = GATEWAY + answer.headers().firstValue("Location").orElseThrow();
            String token = DevTokens.mint("township", NANYANG);
            while (true) {
                Thread.sleep(250);
                JsonNode scan = json.readTree(get(http, status, token));
                switch (scan.path("state").asText()) {
                    case "stored" -> {
                        return json.readTree(
                                get(http, GATEWAY + scan.path("reportUrl").asText(), token));
                    }
                    case "refused" -> throw new IllegalStateException("the scan was refused: " + scan.path("problem"));
                    default -> {}
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String get(HttpClient http, String url, String token) throws Exception {
        return http.send(
                        HttpRequest.newBuilder(URI.create(url))
                                .header("Authorization", "Bearer " + token)
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
    }

    /**
     * Text reports at {@code rate} a second, from township {@code from} on, until {@code count} are
     * sent or {@code until} is done; each answer's time.
     */
    private static Latencies texts(
            HttpClient http,
            ObjectMapper json,
            String token,
            List<Place> townships,
            String text,
            int from,
            int count,
            int rate,
            CompletableFuture<?> until)
            throws Exception {
        List<Long> latencies = new ArrayList<>();
        List<CompletableFuture<?>> inFlight = new ArrayList<>();
        Pacer pacer = new Pacer(rate);
        for (int i = 0; i < count && (until == null || !until.isDone()); i++) {
            pacer.awaitTurn(i);
            Place township = townships.get((from + i) % townships.size());
            byte[] body = json.writeValueAsBytes(Map.of("text", text, "townshipCode", township.code(), "year", 2022));
            long sent = System.nanoTime();
            inFlight.add(http.sendAsync(
                            HttpRequest.newBuilder(URI.create(GATEWAY + "/api/v1/reports"))
                                    .header("Authorization", "Bearer " + token)
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .handle((response, error) -> {
                        synchronized (latencies) {
                            latencies.add(
                                    error == null && response.statusCode() < 300
                                            ? System.nanoTime() - sent
                                            : Long.MAX_VALUE);
                        }
                        return null;
                    }));
        }
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).join();
        return Latencies.of(latencies.stream().mapToLong(Long::longValue).toArray());
    }

    private static byte[] multipart(byte[] file) {
        byte[] head = ("--scanload\r\nContent-Disposition: form-data; name=\"file\"; filename=\"nanyang-scan.pdf\"\r\n"
                        + "Content-Type: application/pdf\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = "\r\n--scanload--\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + file.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(file, 0, body, head.length, file.length);
        System.arraycopy(tail, 0, body, head.length + file.length, tail.length);
        return body;
    }
}
