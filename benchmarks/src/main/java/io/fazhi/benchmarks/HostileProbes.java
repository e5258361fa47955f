package io.fazhi.benchmarks;

import io.fazhi.local.DevTokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Hostile and careless requests against the running local suite, through the gateway and on each
 * service's own port: malformed framing, hostile documents, overflowing and unparseable
 * parameters, lenient JSON, claimed dates, foreign and forged tokens, disguised webhook targets,
 * other places' data. Prints every answer that is a server error or not a problem document, the
 * count by status, and whether any table changed. Loopback only; each probe is sent once.
 */
public final class HostileProbes {

    private record Probe(String name, String method, String path, String contentType, byte[] body, String token) {}

    private HostileProbes() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> targets = new LinkedHashMap<>();
        targets.put("gateway", "http://localhost:" + LocalSuite.env("GATEWAY_PORT", "8080"));
        targets.put("report-service", "http://localhost:" + LocalSuite.env("REPORT_SERVICE_PORT", "8081"));
        targets.put("metrics-service", "http://localhost:" + LocalSuite.env("METRICS_SERVICE_PORT", "8082"));
        targets.put("notification-service", "http://localhost:" + LocalSuite.env("NOTIFICATION_SERVICE_PORT", "8083"));
        Map<String, Long> before = state();
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Map<Integer, Integer> byStatus = new TreeMap<>();
        List<String> defects = new ArrayList<>();
        int sent = 0;
        for (Map.Entry<String, String> target : targets.entrySet()) {
            for (Probe probe : probes()) {
                if (!target.getKey().equals("gateway") && !servedBy(probe.path(), target.getKey())) {
                    continue;
                }
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target.getValue() + probe.path()))
                        .timeout(Duration.ofSeconds(60))
                        .method(
                                probe.method(),
                                probe.body() == null
                                        ? HttpRequest.BodyPublishers.noBody()
                                        : HttpRequest.BodyPublishers.ofByteArray(probe.body()));
                if (probe.contentType() != null) {
                    request.header("Content-Type", probe.contentType());
                }
                if (probe.token() != null) {
                    request.header("Authorization", "Bearer " + probe.token());
                }
                HttpResponse<String> response;
                try {
                    response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
                } catch (java.io.IOException e) {
                    defects.add(target.getKey() + " " + probe.name() + ": no answer (" + e.getMessage() + ")");
                    continue;
                }
                sent++;
                Thread.sleep(60); // under the gateway's per-caller rate limit, so every probe gets its real answer
                byStatus.merge(response.statusCode(), 1, Integer::sum);
                String type = response.headers().firstValue("Content-Type").orElse("");
                if (response.statusCode() >= 500
                        || (response.statusCode() >= 400 && !type.startsWith("application/problem+json"))) {
                    defects.add(target.getKey() + " " + probe.name() + ": " + response.statusCode() + " " + type + " "
                            + response.body()
                                    .substring(0, Math.min(160, response.body().length())));
                }
            }
        }
        Map<String, Long> after = state();
        System.out.printf("probes sent: %d%nstatuses: %s%n", sent, byStatus);
        System.out.printf("server errors or answers without a problem body: %d%n", defects.size());
        defects.forEach(d -> System.out.println("  " + d));
        System.out.printf(
                "tables before: %s%ntables after:  %s%nstate changed: %s%n", before, after, !before.equals(after));
    }

    private static boolean servedBy(String path, String service) {
        return switch (service) {
            case "report-service" -> path.startsWith("/api/v1/reports") || path.startsWith("/api/v1/divisions");
            case "metrics-service" ->
                path.startsWith("/api/v1/assessments")
                        || path.startsWith("/api/v1/rollups")
                        || path.startsWith("/api/v1/checklists");
            default ->
                path.startsWith("/api/v1/subscriptions")
                        || path.startsWith("/api/v1/inbox")
                        || path.startsWith("/api/v1/deliveries");
        };
    }

    private static List<Probe> probes() throws Exception {
        String township = DevTokens.mint("township", "140404107");
        String county = DevTokens.mint("county-office", "140404");
        String admin = DevTokens.mint("admin", null);
        String text = new String(
                HostileProbes.class
                        .getResourceAsStream("/samples/nansong-2024.txt")
                        .readAllBytes(),
                StandardCharsets.UTF_8);
        String quoted = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(text);
        List<Probe> probes = new ArrayList<>();
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        probes.add(new Probe("unparseable content type", "POST", "/api/v1/reports", "a/b/c", utf8, township));
        probes.add(new Probe(
                "a meeting notice, not a report",
                "POST",
                "/api/v1/reports",
                "text/plain; charset=UTF-8",
                "会议通知：请各村党支部书记于本周五下午三点到镇政府三楼会议室参加秋冬季防火工作会议。".getBytes(StandardCharsets.UTF_8),
                township));
        probes.add(new Probe(
                "unknown charset", "POST", "/api/v1/reports", "text/plain; charset=x-unknown", utf8, township));
        probes.add(new Probe(
                "empty boundary", "POST", "/api/v1/reports", "multipart/form-data; boundary=", utf8, township));
        String part = "--B\r\nContent-Disposition: form-data; name=\"file\"; filename=\"r.txt\"\r\n\r\n"
                + text.substring(0, 100);
        probes.add(new Probe(
                "unterminated multipart",
                "POST",
                "/api/v1/reports",
                "multipart/form-data; boundary=B",
                part.getBytes(StandardCharsets.UTF_8),
                township));
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 1100; i++) {
            many.append("--B\r\nContent-Disposition: form-data; name=\"f")
                    .append(i)
                    .append("\"\r\n\r\nx\r\n");
        }
        many.append("--B--\r\n");
        probes.add(new Probe(
                "1,100 multipart parts",
                "POST",
                "/api/v1/reports",
                "multipart/form-data; boundary=B",
                many.toString().getBytes(StandardCharsets.UTF_8),
                township));
        String pdf = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R /X " + "[".repeat(50_000) + "]".repeat(50_000)
                + " >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n";
        String upload =
                "--B\r\nContent-Disposition: form-data; name=\"file\"; filename=\"n.pdf\"\r\nContent-Type: application/pdf\r\n\r\n"
                        + pdf + "\r\n--B--\r\n";
        probes.add(new Probe(
                "50,000 nested PDF arrays",
                "POST",
                "/api/v1/reports",
                "multipart/form-data; boundary=B",
                upload.getBytes(StandardCharsets.ISO_8859_1),
                township));
        probes.add(new Probe(
                "trailing garbage after JSON",
                "POST",
                "/api/v1/reports",
                "application/json",
                ("{\"text\": " + quoted + "} x").getBytes(StandardCharsets.UTF_8),
                township));
        probes.add(new Probe(
                "duplicate JSON keys",
                "POST",
                "/api/v1/reports",
                "application/json",
                ("{\"text\": " + quoted + ", \"text\": \"x\"}").getBytes(StandardCharsets.UTF_8),
                township));
        probes.add(new Probe(
                "fractional year",
                "POST",
                "/api/v1/reports",
                "application/json",
                ("{\"text\": " + quoted + ", \"year\": 2024.7}").getBytes(StandardCharsets.UTF_8),
                township));
        probes.add(new Probe(
                "wrong JSON types",
                "POST",
                "/api/v1/reports",
                "application/json",
                "{\"text\": 42, \"year\": \"last year\"}".getBytes(StandardCharsets.UTF_8),
                township));
        for (String claimed :
                List.of("\"2025-01-10T08:00:00Z\"", "\"9999-01-01T00:00:00Z\"", "\"1900-01-01T00:00:00Z\"", "1e300")) {
            probes.add(new Probe(
                    "township claims submittedAt " + claimed,
                    "POST",
                    "/api/v1/reports",
                    "application/json",
                    ("{\"text\": " + quoted + ", \"submittedAt\": " + claimed + "}").getBytes(StandardCharsets.UTF_8),
                    township));
        }
        probes.add(new Probe(
                "another township's code",
                "POST",
                "/api/v1/reports?townshipCode=140404106",
                "text/plain; charset=UTF-8",
                utf8,
                township));
        probes.add(new Probe(
                "a township code that does not exist",
                "POST",
                "/api/v1/reports?townshipCode=999999999",
                "text/plain; charset=UTF-8",
                utf8,
                county));
        for (String list : List.of(
                "/api/v1/reports",
                "/api/v1/assessments",
                "/api/v1/subscriptions",
                "/api/v1/inbox",
                "/api/v1/deliveries")) {
            for (String page : List.of("2147483647", "abc", "-1", "1e3")) {
                probes.add(new Probe(list + " page=" + page, "GET", list + "?page=" + page, null, null, county));
            }
        }
        probes.add(new Probe("year=abc", "GET", "/api/v1/reports?year=abc", null, null, county));
        probes.add(new Probe("another county's reports", "GET", "/api/v1/reports?place=411330", null, null, county));
        probes.add(
                new Probe("another county's roll-up", "GET", "/api/v1/rollups/411330?year=2024", null, null, county));
        probes.add(new Probe("not a report id", "GET", "/api/v1/reports/not-a-uuid", null, null, county));
        probes.add(new Probe(
                "due date for place 999999",
                "PUT",
                "/api/v1/assessments/due-dates/999999",
                "application/json",
                "{\"day\": \"--03-01\"}".getBytes(StandardCharsets.UTF_8),
                admin));
        probes.add(new Probe(
                "checklist extension for place 999999",
                "PUT",
                "/api/v1/checklists/extensions/999999",
                "application/yaml",
                "id: x\nversion: 1\nparts: []\n".getBytes(StandardCharsets.UTF_8),
                admin));
        for (String target : List.of(
                "http://[::127.0.0.1]/h",
                "http://[64:ff9b::7f00:1]/h",
                "http://[2002:7f00:1::]/h",
                "http://0177.0.0.1/h",
                "http://169.254.169.254/latest/meta-data/")) {
            probes.add(new Probe(
                    "webhook to " + target,
                    "POST",
                    "/api/v1/subscriptions",
                    "application/json",
                    ("{\"place\":\"140404\",\"channel\":\"webhook\",\"target\":\"" + target + "\",\"kinds\":[\"*\"]}")
                            .getBytes(StandardCharsets.UTF_8),
                    county));
        }
        probes.add(new Probe(
                "subscription for place 999999",
                "POST",
                "/api/v1/subscriptions",
                "application/json",
                "{\"place\":\"999999\",\"channel\":\"inbox\",\"kinds\":[\"*\"]}".getBytes(StandardCharsets.UTF_8),
                admin));
        probes.add(new Probe("a township's inbox", "GET", "/api/v1/inbox", null, null, township));
        long now = System.currentTimeMillis() / 1000;
        java.security.PrivateKey key = io.smallrye.jwt.util.KeyUtils.readPrivateKey("dev-jwt/privateKey.pem");
        String otherAudience = io.smallrye.jwt.build.Jwt.issuer(DevTokens.ISSUER)
                .audience("another-application")
                .subject("admin:all")
                .groups("admin")
                .claim("place", "")
                .expiresIn(3600)
                .sign(key);
        String future = io.smallrye.jwt.build.Jwt.issuer(DevTokens.ISSUER)
                .audience(DevTokens.AUDIENCE)
                .subject("admin:all")
                .groups("admin")
                .claim("place", "")
                .issuedAt(now + 3600)
                .expiresAt(now + 7200)
                .sign(key);
        probes.add(new Probe("token for another application", "GET", "/api/v1/reports", null, null, otherAudience));
        probes.add(new Probe("token issued in the future", "GET", "/api/v1/reports", null, null, future));
        probes.add(new Probe("no token", "GET", "/api/v1/reports", null, null, null));
        return probes;
    }

    /** Row counts of the tables a refused request must leave alone. */
    private static Map<String, Long> state() throws Exception {
        Map<String, Long> counts = new TreeMap<>();
        int port = LocalSuite.postgresPort();
        for (String[] table : new String[][] {
            {"reports", "report"},
            {"reports", "report_version"},
            {"reports", "outbox_event"},
            {"metrics", "due_date"},
            {"metrics", "checklist_extension"},
            {"notifications", "subscription"}
        }) {
            try (Connection db = DriverManager.getConnection(
                            "jdbc:postgresql://localhost:" + port + "/" + table[0], "postgres", "");
                    Statement s = db.createStatement();
                    ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table[1])) {
                rs.next();
                counts.put(table[0] + "." + table[1], rs.getLong(1));
            } catch (java.sql.SQLException e) {
                counts.put(table[0] + "." + table[1] + " (" + e.getSQLState() + ")", -1L);
            }
        }
        return counts;
    }
}
