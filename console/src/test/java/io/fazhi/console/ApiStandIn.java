package io.fazhi.console;

import com.sun.net.httpserver.HttpExchange;
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
 * The gateway as the console sees it, on a loopback port: 上党区's season (one township submitted,
 * one not), one report of 南宋镇 in two versions with its assessment, an office's inbox and
 * subscriptions, for the tokens of 上党区 and the places above it; another place's data is 403 or
 * 404, as the real services answer. It records what the console sent. The e2e browser tests run
 * the console against the real suite.
 */
public class ApiStandIn implements QuarkusTestResourceLifecycleManager {

    /** The Authorization headers the console sent, in order. */
    public static final List<String> BEARERS = new CopyOnWriteArrayList<>();

    /** What the console sent that changes something: "METHOD path key-or-type body", in order. */
    public static final List<String> WRITES = new CopyOnWriteArrayList<>();

    private HttpServer server;

    static final String ROLLUP = """
            {"place":"140404","name":"上党区","level":"county","year":2024,"expected":2,"submitted":1,"late":1,
             "meanScore":71.5,"dueDate":"2025-03-31","weakestParts":{},"children":[],
             "townships":[
              {"code":"140404107","name":"南宋镇","submitted":true,"reportId":"r-1","version":2,"score":71.5,"late":true,
               "daysLate":12,"daysEarly":0,"missingContents":["shortcomings"],"partScores":{},"reuseMatches":1},
              {"code":"140404001","name":"韩店街道","submitted":false,"reportId":null,"version":null,"score":null,"late":false,
               "daysLate":0,"daysEarly":0,"missingContents":[],"partScores":{},"reuseMatches":0}]}""";

    static final String PROVINCE_ROLLUP = """
            {"place":"14","name":"山西省","level":"province","year":2024,"expected":1396,"submitted":2,"late":1,"meanScore":60.0,
             "weakestParts":{},"townships":null,
             "children":[{"code":"1404","name":"长治市","expected":149,"submitted":2,"late":1,"meanScore":60.0,"scoreDistribution":{}},
                         {"code":"1401","name":"太原市","expected":100,"submitted":0,"late":0,"meanScore":null,"scoreDistribution":{}}]}""";

    static final String ROLLUP_CSV = "code,name,submitted,score\n140404107,南宋镇,true,71.5\n140404001,韩店街道,false,\n";

    public static final String REPORT_ID = "6f1c2e4a-0b7d-4c55-9a43-1d2e3f405162";

    /** 苏店镇's report, which shares a passage with 南宋镇's: same county, readable. */
    public static final String OTHER_ID = "7a2d3f5b-1c8e-4d66-8b54-2e3f4a516273";

    /** A report of another county sharing a passage: the county office may not read it. */
    public static final String FOREIGN_ID = "8b3e4a6c-2d9f-4e77-9c65-3f4a5b627384";

    public static final String SUBSCRIPTION_ID = "9c4f5b7d-3e0a-4f88-8d76-4a5b6c738495";
    public static final String DELIVERY_ID = "0d5a6c8e-4f1b-4a99-9e87-5b6c7d8495a6";

    static final String TEXT = "南宋镇2024年法治政府建设情况报告\n一、主要举措\n镇党委书记主持召开专题会议4次，研究法治工作。\n二、存在不足\n普法力度不够。\n";

    static final String TEXT_V1 = "南宋镇2024年法治政府建设情况报告\n一、主要举措\n镇党委书记主持召开专题会议3次。\n";

    static final String OTHER_TEXT = "苏店镇2024年法治政府建设情况报告\n镇党委书记主持召开专题会议4次，研究法治工作。\n";

    static final String REPORT = """
            {"id":"%s","version":%d,"currentVersion":2,"status":"active","year":2024,"title":"南宋镇2024年法治政府建设情况报告",
             "township":{"code":"140404107","name":"南宋镇"},"county":{"code":"140404","name":"上党区"},
             "sections":[{"kind":"measures","heading":"一、主要举措","start":19,"end":50,"level":1},
                         {"kind":"shortcomings","heading":"二、存在不足","start":50,"end":65,"level":1}],
             "missingContents":["next-year-plan"],
             "warnings":["submitted for year 2024 but the title says 2023","decoded as GB18030"],
             "receivedAt":"2025-0%d-20T02:00:00Z","fileName":"南宋镇v%d.docx"}""";

    static final String OTHER_REPORT = """
            {"id":"%s","version":1,"currentVersion":1,"status":"active","year":2024,"title":"苏店镇报告",
             "township":{"code":"140404101","name":"苏店镇"},"county":{"code":"140404","name":"上党区"},"sections":[],
             "missingContents":[],"warnings":[]}""".formatted(OTHER_ID);

    static final String ASSESSMENT = """
            {"reportId":"%s","version":2,"checklistId":"plan-2021-2025","score":42.5,"partScores":{"p1":80.0,"p2":35.5},
             "items":[{"id":"p1.first-responsible","part":"p1","grade":"specific",
                       "evidence":[{"start":26,"end":49,"text":"镇党委书记主持召开专题会议4次，研究法治工作。","section":"measures"}],
                       "notAchievements":[{"start":57,"end":64,"text":"普法力度不够。","section":"shortcomings"}]}],
             "indicators":[{"kind":"meetings","label":"专题会议","value":4.0,"unit":"次","approximate":false,"start":26,"end":40,
                            "source":"镇党委书记主持召开专题会议4次"}],
             "reuse":[{"otherReportId":"%s","otherTownshipCode":"140404101","sharedChars":23,
                       "passages":[{"start":26,"end":49,"otherStart":18,"otherEnd":41,"similarity":1.0}]},
                      {"otherReportId":"%s","otherTownshipCode":"411330100","sharedChars":7,
                       "passages":[{"start":57,"end":64,"otherStart":0,"otherEnd":7,"similarity":0.9}]}]}""".formatted(REPORT_ID, OTHER_ID, FOREIGN_ID);

    static final String CHECKLIST = """
            {"id":"plan-2021-2025","title":"核查清单","parts":[{"id":"p1","name":"党的领导和习近平法治思想",
             "items":[{"id":"p1.first-responsible","requirement":"党政主要负责人履行推进法治建设第一责任人职责"},
                      {"id":"p1.county-only","requirement":"只适用于县级的要求"}]}]}""";

    static final String INBOX_ITEM = """
            {"id":7,"place":"140404","eventType":"compliance.alert","kind":"missing-section","severity":"warning",
             "townshipCode":"140404107","countyCode":"140404","year":2024,"reportId":"%s","title":"南宋镇2024年度报告缺少必备内容",
             "message":"缺少：下一年度工作安排","createdAt":"2025-03-20T02:05:00Z","readAt":null}""".formatted(REPORT_ID);

    static final String SUBSCRIPTION = """
            {"id":"%s","place":"140404","placeName":"上党区","channel":"webhook","kinds":["compliance.alert"],
             "target":"https://xian.example.gov.cn/hooks/fazhi","status":"active","consecutiveFailures":0,
             "createdAt":"2025-03-01T00:00:00Z"%s}""";

    static final String DELIVERY = """
            {"id":"%s","subscriptionId":"%s","eventType":"compliance.alert","status":"dead","attempts":8,"lastStatus":500,
             "createdAt":"2025-03-20T02:05:00Z"}""".formatted(DELIVERY_ID, SUBSCRIPTION_ID);

    /** A claim of an unverified token, as the stand-in needs no more: the console verified it already. */
    private static String claim(String token, String name) {
        String[] parts = token.split("\\.");
        if (parts.length < 2) {
            return "";
        }
        String json = new String(java.util.Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"")
                .matcher(json);
        return m.find() ? m.group(1) : "";
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/api/v1/", this::answer);
        server.start();
        return Map.of(
                "quarkus.rest-client.gateway.url",
                "http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void answer(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        String query = String.valueOf(exchange.getRequestURI().getQuery());
        String bearer = exchange.getRequestHeaders().getFirst("Authorization");
        BEARERS.add(String.valueOf(bearer));
        String place = bearer == null ? "" : claim(bearer.substring(7), "place");
        // 上党区 and the offices above it (长治市, 山西省) and the administrator may read 上党区's data.
        boolean mine = bearer != null && ("140404".startsWith(place) || place.startsWith("140404"));
        byte[] request = exchange.getRequestBody().readAllBytes();
        if (!method.equals("GET")) {
            WRITES.add(method + " " + path + " " + exchange.getRequestHeaders().getFirst("Idempotency-Key") + " "
                    + exchange.getRequestHeaders().getFirst("Content-Type") + " "
                    + new String(request, StandardCharsets.UTF_8));
        }
        String report = "/api/v1/reports/" + REPORT_ID;
        if (path.startsWith("/api/v1/rollups/")) {
            boolean csv = String.valueOf(exchange.getRequestHeaders().getFirst("Accept"))
                    .contains("text/csv");
            if (path.endsWith("/140404") && mine) {
                send(exchange, 200, csv ? "text/csv" : "application/json", csv ? ROLLUP_CSV : ROLLUP);
            } else if (path.endsWith("/14") && place.equals("14")) {
                send(exchange, 200, "application/json", PROVINCE_ROLLUP);
            } else {
                send(
                        exchange,
                        403,
                        "application/problem+json",
                        "{\"type\":\"urn:fazhi:problem:forbidden\",\"status\":403}");
            }
            return;
        }
        if (path.equals("/api/v1/checklists/plan-2021-2025")) {
            send(exchange, 200, "application/json", CHECKLIST);
            return;
        }
        if (!mine) {
            notFound(exchange);
            return;
        }
        String json = "application/json";
        String text = "text/plain; charset=UTF-8";
        switch (method + " " + path) {
            case "GET /api/v1/reports" -> {
                if (query.contains("place=140404107")) {
                    send(
                            exchange,
                            200,
                            json,
                            "{\"items\":[" + REPORT.formatted(REPORT_ID, 2, 3, 2)
                                    + "],\"page\":0,\"size\":50,\"total\":1}");
                } else {
                    notFound(exchange);
                }
            }
            case "POST /api/v1/reports" -> {
                String body = new String(request, StandardCharsets.UTF_8);
                if (body.contains("这不是报告")) {
                    send(
                            exchange,
                            422,
                            "application/problem+json",
                            "{\"type\":\"urn:fazhi:problem:unprocessable\",\"status\":422,\"detail\":\"not a rule-of-law report\"}");
                } else {
                    send(exchange, 201, json, REPORT.formatted(REPORT_ID, 2, 3, 2));
                }
            }
            case "GET " + "/api/v1/reports/" + REPORT_ID ->
                send(exchange, 200, json, REPORT.formatted(REPORT_ID, 2, 3, 2));
            case "GET " + "/api/v1/reports/" + REPORT_ID + "/versions" ->
                send(
                        exchange,
                        200,
                        json,
                        "[" + REPORT.formatted(REPORT_ID, 1, 2, 1) + "," + REPORT.formatted(REPORT_ID, 2, 3, 2) + "]");
            case "GET " + "/api/v1/reports/" + REPORT_ID + "/versions/2/text" -> send(exchange, 200, text, TEXT);
            case "GET " + "/api/v1/reports/" + REPORT_ID + "/versions/1/text" -> send(exchange, 200, text, TEXT_V1);
            case "GET " + "/api/v1/reports/" + REPORT_ID + "/versions/2/original" -> {
                exchange.getResponseHeaders()
                        .add("Content-Disposition", "attachment; filename*=UTF-8''%E5%8D%97%E5%AE%8B%E9%95%87v2.docx");
                send(
                        exchange,
                        200,
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        "PK-original-bytes");
            }
            case "GET " + "/api/v1/reports/" + OTHER_ID -> send(exchange, 200, json, OTHER_REPORT);
            case "GET " + "/api/v1/reports/" + OTHER_ID + "/versions/1/text" -> send(exchange, 200, text, OTHER_TEXT);
            case "GET " + "/api/v1/assessments/" + REPORT_ID -> send(exchange, 200, json, ASSESSMENT);
            case "GET /api/v1/inbox" ->
                send(
                        exchange,
                        200,
                        json,
                        query.contains("unread=true")
                                ? "{\"items\":[" + INBOX_ITEM + "],\"page\":0,\"size\":1,\"total\":3}"
                                : "{\"items\":[" + INBOX_ITEM + "],\"page\":0,\"size\":50,\"total\":1}");
            case "POST /api/v1/inbox/7/read" ->
                send(exchange, 200, json, INBOX_ITEM.replace("\"readAt\":null", "\"readAt\":\"2025-03-21T00:00:00Z\""));
            case "GET /api/v1/inbox/stream" -> {
                exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
                exchange.sendResponseHeaders(200, 0);
                exchange.getResponseBody()
                        .write((": inbox of 140404\n\nid: 8\nevent: notification\ndata: "
                                        + INBOX_ITEM
                                                .replace("\n", "")
                                                .replace("\"id\":7", "\"id\":8")
                                                .replace("缺少：", "新通知，缺少：")
                                        + "\n\n")
                                .getBytes(StandardCharsets.UTF_8));
                exchange.close();
            }
            case "GET /api/v1/subscriptions" ->
                send(
                        exchange,
                        200,
                        json,
                        "{\"items\":[" + SUBSCRIPTION.formatted(SUBSCRIPTION_ID, "")
                                + "],\"page\":0,\"size\":100,\"total\":1}");
            case "POST /api/v1/subscriptions" ->
                send(
                        exchange,
                        201,
                        json,
                        SUBSCRIPTION.formatted(SUBSCRIPTION_ID, ",\"secret\":\"whsec_created_once\""));
            case "POST /api/v1/subscriptions/" + SUBSCRIPTION_ID + "/pause" ->
                send(
                        exchange,
                        200,
                        json,
                        SUBSCRIPTION.formatted(SUBSCRIPTION_ID, "").replace("\"active\"", "\"paused\""));
            case "POST /api/v1/subscriptions/" + SUBSCRIPTION_ID + "/rotate-secret" ->
                send(exchange, 200, json, "{\"secret\":\"whsec_rotated_once\"}");
            case "DELETE /api/v1/subscriptions/" + SUBSCRIPTION_ID -> {
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
            }
            case "GET /api/v1/deliveries" ->
                send(exchange, 200, json, "{\"items\":[" + DELIVERY + "],\"page\":0,\"size\":50,\"total\":1}");
            case "POST /api/v1/deliveries/" + DELIVERY_ID + "/replay" ->
                send(exchange, 200, json, DELIVERY.replace("\"dead\"", "\"pending\""));
            default -> notFound(exchange);
        }
    }

    private static void notFound(HttpExchange exchange) throws IOException {
        send(exchange, 404, "application/problem+json", "{\"type\":\"urn:fazhi:problem:not-found\",\"status\":404}");
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void stop() {
        server.stop(0);
    }
}
