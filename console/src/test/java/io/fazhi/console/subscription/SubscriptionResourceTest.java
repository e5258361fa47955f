package io.fazhi.console.subscription;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.fazhi.console.ApiStandIn;
import io.fazhi.console.session.Sessions;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Subscriptions: listed in words, created with the secret shown once, managed, and their deliveries replayed. */
@QuarkusTest
@QuarkusTestResource(ApiStandIn.class)
class SubscriptionResourceTest {

    private static final String SUB = "/subscriptions/" + ApiStandIn.SUBSCRIPTION_ID;

    @Test
    void theOfficeSeesItsSubscriptionsAndCreatesAWebhookWhoseSecretIsShownOnce() {
        String session = Sessions.signIn("county");
        given().cookie("fazhi_session", session)
                .get("/subscriptions")
                .then()
                .statusCode(200)
                .body(allOf(
                        containsString("Webhook（系统对接）"),
                        containsString("https://xian.example.gov.cn/hooks/fazhi"),
                        containsString("已启用"),
                        containsString("action=\"" + SUB + "/pause\""),
                        not(containsString("whsec_"))));
        int before = ApiStandIn.WRITES.size();
        given().cookie("fazhi_session", session)
                .formParam("channel", "webhook")
                .formParam("kinds", "missing-section")
                .formParam("kinds", "late")
                .formParam("target", "https://xian.example.gov.cn/hooks/fazhi")
                .formParam("place", "411330")
                .post("/subscriptions")
                .then()
                .statusCode(200)
                .body(allOf(containsString("签名密钥只显示这一次"), containsString("whsec_created_once")));
        // The place followed is the office's own, whatever the form said.
        assertThat(ApiStandIn.WRITES.get(before))
                .startsWith("POST /api/v1/subscriptions")
                .contains("\"place\":\"140404\"")
                .contains("\"kinds\":[\"missing-section\",\"late\"]")
                .doesNotContain("411330");
    }

    @Test
    void anIncompleteFormIsAMessageAndNothingIsSent() {
        int before = ApiStandIn.WRITES.size();
        String session = Sessions.signIn("county");
        given().cookie("fazhi_session", session)
                .formParam("kinds", "late")
                .post("/subscriptions")
                .then()
                .statusCode(400)
                .body(containsString("请选择通知方式。"));
        given().cookie("fazhi_session", session)
                .formParam("channel", "email")
                .post("/subscriptions")
                .then()
                .statusCode(400)
                .body(containsString("请至少选择一种通知类型。"));
        given().cookie("fazhi_session", session)
                .formParam("channel", "email")
                .formParam("kinds", "late")
                .post("/subscriptions")
                .then()
                .statusCode(400)
                .body(containsString("请填写接收通知的电子邮箱。"));
        given().cookie("fazhi_session", session)
                .formParam("channel", "webhook")
                .formParam("kinds", "nonsense")
                .formParam("target", "https://x.example")
                .post("/subscriptions")
                .then()
                .statusCode(400)
                .body(containsString("请至少选择一种通知类型。"));
        given().cookie("fazhi_session", session)
                .formParam("channel", "webhook")
                .formParam("kinds", "late")
                .formParam("target", "https://x.example/" + "a".repeat(3000))
                .post("/subscriptions")
                .then()
                .statusCode(400)
                .body(containsString("地址过长"));
        assertThat(ApiStandIn.WRITES).hasSize(before);
    }

    @Test
    void pauseRotateDeleteAndReplayGoToTheApi() {
        String session = Sessions.signIn("county");
        given().cookie("fazhi_session", session)
                .redirects()
                .follow(false)
                .post(SUB + "/pause")
                .then()
                .statusCode(303)
                .header("Location", containsString("/subscriptions"));
        given().cookie("fazhi_session", session)
                .post(SUB + "/rotate")
                .then()
                .statusCode(200)
                .body(containsString("whsec_rotated_once"));
        given().cookie("fazhi_session", session)
                .redirects()
                .follow(false)
                .post(SUB + "/delete")
                .then()
                .statusCode(303);
        given().cookie("fazhi_session", session)
                .get(SUB + "/deliveries")
                .then()
                .statusCode(200)
                .body(allOf(
                        containsString("已放弃"),
                        containsString("HTTP 500"),
                        containsString("/deliveries/" + ApiStandIn.DELIVERY_ID + "/replay")));
        given().cookie("fazhi_session", session)
                .redirects()
                .follow(false)
                .post(SUB + "/deliveries/" + ApiStandIn.DELIVERY_ID + "/replay")
                .then()
                .statusCode(303);
        assertThat(ApiStandIn.WRITES)
                .anyMatch(w -> w.startsWith("POST /api/v1/subscriptions/" + ApiStandIn.SUBSCRIPTION_ID + "/pause"))
                .anyMatch(w ->
                        w.startsWith("POST /api/v1/subscriptions/" + ApiStandIn.SUBSCRIPTION_ID + "/rotate-secret"))
                .anyMatch(w -> w.startsWith("DELETE /api/v1/subscriptions/" + ApiStandIn.SUBSCRIPTION_ID))
                .anyMatch(w -> w.startsWith("POST /api/v1/deliveries/" + ApiStandIn.DELIVERY_ID + "/replay"));
    }

    @Test
    void tamperedIdsUnknownActionsAndOtherPlacesAreRefused() {
        String session = Sessions.signIn("county");
        given().cookie("fazhi_session", session)
                .post("/subscriptions/../admin/verify")
                .then()
                .statusCode(404);
        given().cookie("fazhi_session", session)
                .post("/subscriptions/not-a-uuid/pause")
                .then()
                .statusCode(400)
                .body(containsString("没有这个订阅。"));
        given().cookie("fazhi_session", session).post(SUB + "/explode").then().statusCode(404);
        given().cookie("fazhi_session", Sessions.of("county-office", "411330"))
                .post(SUB + "/pause")
                .then()
                .statusCode(403)
                .body(containsString("您无权查看此页面"));
        given().cookie("fazhi_session", Sessions.signIn("township"))
                .get("/subscriptions")
                .then()
                .statusCode(403);
    }
}
