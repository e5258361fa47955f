package io.fazhi.notification;

import static io.restassured.RestAssured.given;

import io.fazhi.local.DevTokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Subscribing through the API, as an office does. */
public final class Subscribe {

    private Subscribe() {}

    public static String office(String place) {
        String group = switch (place.length()) {
            case 2 -> "province-office";
            case 4 -> "city-office";
            default -> "county-office";
        };
        return DevTokens.mint(group, place);
    }

    public static ValidatableResponse post(String token, Map<String, Object> body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/subscriptions")
                .then();
    }

    public static Map<String, Object> body(String place, String channel, String target, List<String> kinds) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("place", place);
        body.put("channel", channel);
        body.put("kinds", kinds);
        if (target != null) {
            body.put("target", target);
        }
        return body;
    }

    /** A verified, active subscription; returns its id and, for a webhook, its secret. */
    public static Map<String, String> active(String place, String channel, String target, List<String> kinds) {
        return active(body(place, channel, target, kinds));
    }

    public static Map<String, String> active(Map<String, Object> body) {
        var response =
                post(office((String) body.get("place")), body).statusCode(201).extract();
        if (!"active".equals(response.path("status"))) {
            throw new AssertionError("subscription not active: " + response.asString());
        }
        Map<String, String> created = new LinkedHashMap<>();
        created.put("id", response.path("id"));
        if (response.path("secret") != null) {
            created.put("secret", response.path("secret"));
        }
        return created;
    }
}
