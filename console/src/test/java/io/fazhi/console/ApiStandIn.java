package io.fazhi.console;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The gateway as the console sees it, on a loopback port: the roll-up of 上党区 (one township
 * submitted, one not) for the token of its county office, 403 for any other county, as the real
 * metrics-service answers. The e2e browser tests run the console against the real suite.
 */
public class ApiStandIn implements QuarkusTestResourceLifecycleManager {

    /** The Authorization headers the console sent, in order. */
    public static final List<String> BEARERS = new CopyOnWriteArrayList<>();

    private HttpServer server;

    static final String ROLLUP = """
            {"place":"140404","name":"上党区","level":"county","year":2024,"expected":2,"submitted":1,"late":1,
             "meanScore":71.5,"weakestParts":{},"children":[],
             "townships":[
              {"code":"140404107","name":"南宋镇","submitted":true,"reportId":"r-1","version":2,"score":71.5,"late":true,
               "daysLate":12,"missingContents":["shortcomings"],"partScores":{},"reuseMatches":1},
              {"code":"140404100","name":"韩店街道","submitted":false,"reportId":null,"version":null,"score":null,"late":false,
               "daysLate":0,"missingContents":[],"partScores":{},"reuseMatches":0}]}""";

    static final String ROLLUP_CSV = "code,name,submitted,score\n140404107,南宋镇,true,71.5\n140404100,韩店街道,false,\n";

    public static final String REPORT_ID = "6f1c2e4a-0b7d-4c55-9a43-1d2e3f405162";

    static final String TEXT = "南宋镇2024年法治政府建设情况报告\n一、主要举措\n镇党委书记主持召开专题会议4次，研究法治工作。\n二、存在不足\n普法力度不够。\n";

    static final String REPORT = """
            {"id":"%s","version":2,"currentVersion":2,"status":"active","year":2024,"title":"南宋镇2024年法治政府建设情况报告",
             "township":{"code":"140404107","name":"南宋镇"},"county":{"code":"140404","name":"上党区"},
             "sections":[{"kind":"measures","heading":"一、主要举措","start":19,"end":50,"level":1},
                         {"kind":"shortcomings","heading":"二、存在不足","start":50,"end":65,"level":1}],
             "missingContents":["next-year-plan"],"warnings":["标题中的乡镇与报送账号一致"]}""".formatted(REPORT_ID);

    static final String ASSESSMENT = """
            {"reportId":"%s","version":2,"checklistId":"plan-2021-2025","score":42.5,"partScores":{"p1":80.0},
             "items":[{"id":"p1.first-responsible","part":"p1","grade":"specific",
                       "evidence":[{"start":26,"end":49,"text":"镇党委书记主持召开专题会议4次，研究法治工作。","section":"measures"}],
                       "notAchievements":[{"start":57,"end":64,"text":"普法力度不够。","section":"shortcomings"}]}]}""".formatted(REPORT_ID);

    static final String CHECKLIST = """
            {"id":"plan-2021-2025","title":"核查清单","parts":[{"id":"p1","name":"党的领导和习近平法治思想",
             "items":[{"id":"p1.first-responsible","requirement":"党政主要负责人履行推进法治建设第一责任人职责"},
                      {"id":"p1.county-only","requirement":"只适用于县级的要求"}]}]}""";

    /** A claim of an unverified token, as the stand-in needs no more: the console verified it already. */
    private static String claim(String token, String name) {
        String[] parts = token.split("\\.");
        if (parts.length < 2) {
            return "";
        }
        String json = new String(java.util.Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        return m.find() ? m.group(1) : "";
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/api/v1/rollups/", exchange -> {
            String bearer = exchange.getRequestHeaders().getFirst("Authorization");
            BEARERS.add(String.valueOf(bearer));
            boolean own = exchange.getRequestURI().getPath().endsWith("/140404") && bearer != null && bearer.startsWith("Bearer ");
            boolean csv = String.valueOf(exchange.getRequestHeaders().getFirst("Accept")).contains("text/csv");
            byte[] body = (own ? csv ? ROLLUP_CSV : ROLLUP : "{\"type\":\"urn:fazhi:problem:forbidden\",\"status\":403}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", own ? csv ? "text/csv" : "application/json" : "application/problem+json");
            exchange.sendResponseHeaders(own ? 200 : 403, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.createContext("/api/v1/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String bearer = exchange.getRequestHeaders().getFirst("Authorization");
            BEARERS.add(String.valueOf(bearer));
            String county = bearer == null ? "" : claim(bearer.substring(7), "place");
            boolean mine = county.startsWith("140404") || county.isEmpty() && bearer != null;
            String body = null;
            String type = "application/json";
            if (path.equals("/api/v1/reports") && mine
                    && String.valueOf(exchange.getRequestURI().getQuery()).contains("place=140404107")) {
                body = "{\"items\":[" + REPORT + "],\"page\":0,\"size\":50,\"total\":1}";
            } else if (path.equals("/api/v1/reports/" + REPORT_ID) && mine) {
                body = REPORT;
            } else if (path.equals("/api/v1/reports/" + REPORT_ID + "/versions/2/text") && mine) {
                body = TEXT;
                type = "text/plain; charset=UTF-8";
            } else if (path.equals("/api/v1/assessments/" + REPORT_ID) && mine) {
                body = ASSESSMENT;
            } else if (path.equals("/api/v1/checklists/plan-2021-2025")) {
                body = CHECKLIST;
            }
            byte[] bytes = (body == null ? "{\"type\":\"urn:fazhi:problem:not-found\",\"status\":404}" : body).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", body == null ? "application/problem+json" : type);
            exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        return Map.of("quarkus.rest-client.gateway.url", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void stop() {
        server.stop(0);
    }
}
