package io.fazhi.console.inbox;

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

/** The inbox: an office's notifications in words, filters, mark as read, and the live stream as list items. */
@QuarkusTest
@QuarkusTestResource(ApiStandIn.class)
class InboxResourceTest {

    @Test
    void theCountyOfficeReadsItsNotificationsNewestFirstWithUnreadMarked() {
        given().cookie("fazhi_session", Sessions.signIn("county"))
                .get("/inbox")
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .body(allOf(
                        containsString("title=\"未读\">3</span>"),
                        containsString("<li class=\"notification unread warning\" data-id=\"7\">"),
                        containsString(
                                "<span class=\"kind\">报告缺少必备内容</span> <strong class=\"title\">南宋镇2024年度报告缺少必备内容</strong>"),
                        containsString("2025年3月20日 10:05"),
                        containsString("<a href=\"/reports/" + ApiStandIn.REPORT_ID + "\">查看报告</a>"),
                        containsString("action=\"/inbox/7/read\""),
                        containsString("sse-connect=\"/inbox/stream\""),
                        containsString("/webjars/htmx.org/dist/htmx.min.js")));
    }

    @Test
    void filtersGoToTheApiAndIntoTheLiveStream() {
        given().cookie("fazhi_session", Sessions.signIn("county"))
                .get("/inbox?kind=late&township=140404107")
                .then()
                .statusCode(200)
                .body(containsString("sse-connect=\"/inbox/stream?kind=late&amp;township=140404107\""));
        assertThat(ApiStandIn.BEARERS).isNotEmpty();
    }

    @Test
    void badFiltersAreAMessageNotAnError() {
        String session = Sessions.signIn("county");
        given().cookie("fazhi_session", session)
                .get("/inbox?kind=<script>")
                .then()
                .statusCode(400)
                .body(allOf(containsString("没有这种通知类型。"), not(containsString("<script>"))));
        given().cookie("fazhi_session", session)
                .get("/inbox?township=14040410'")
                .then()
                .statusCode(400)
                .body(containsString("乡镇代码应为9位数字。"));
    }

    @Test
    void markingReadPostsToTheApiAndComesBack() {
        given().cookie("fazhi_session", Sessions.signIn("county"))
                .header("Origin", "http://localhost:8084")
                .header("Host", "localhost:8084")
                .redirects()
                .follow(false)
                .post("/inbox/7/read")
                .then()
                .statusCode(303)
                .header("Location", containsString("/inbox"));
        assertThat(ApiStandIn.WRITES).anyMatch(w -> w.startsWith("POST /api/v1/inbox/7/read"));
        given().cookie("fazhi_session", Sessions.signIn("county"))
                .post("/inbox/abc/read")
                .then()
                .statusCode(400)
                .body(containsString("没有这条通知。"));
    }

    @Test
    void aCrossSitePostChangesNothing() {
        int before = ApiStandIn.WRITES.size();
        given().cookie("fazhi_session", Sessions.signIn("county"))
                .header("Origin", "https://evil.example")
                .post("/inbox/7/read")
                .then()
                .statusCode(403)
                .body(containsString("此表单只能从本系统的页面提交。"));
        given().cookie("fazhi_session", Sessions.signIn("county"))
                .header("Sec-Fetch-Site", "cross-site")
                .post("/inbox/7/read")
                .then()
                .statusCode(403);
        assertThat(ApiStandIn.WRITES).hasSize(before);
    }

    @Test
    void theLiveStreamRelaysEachNewNotificationAsAListItem() {
        String stream = given().cookie("fazhi_session", Sessions.signIn("county"))
                .accept("text/event-stream")
                .get("/inbox/stream")
                .then()
                .statusCode(200)
                .contentType(containsString("text/event-stream"))
                .extract()
                .asString();
        assertThat(stream)
                .contains("event:notification")
                .contains("id:8")
                .contains("<li class=\"notification unread warning\" data-id=\"8\">")
                .contains("新通知，缺少：下一年度工作安排");
        String filtered = given().cookie("fazhi_session", Sessions.signIn("county"))
                .accept("text/event-stream")
                .get("/inbox/stream?kind=late")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(filtered).doesNotContain("data-id=\"8\"");
    }

    @Test
    void aTownshipHasNoInboxAndAnotherCountySeesNothingOfThisOne() {
        given().cookie("fazhi_session", Sessions.signIn("township"))
                .get("/inbox")
                .then()
                .statusCode(403)
                .body(containsString("您无权查看此页面"));
        given().cookie("fazhi_session", Sessions.of("county-office", "411330"))
                .get("/inbox")
                .then()
                .statusCode(403)
                .body(not(containsString("南宋镇")));
    }
}
