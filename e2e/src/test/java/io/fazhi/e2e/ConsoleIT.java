package io.fazhi.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.fazhi.corpus.WordDocuments;
import io.fazhi.local.DevTokens;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console in a real browser, against the suite `deploy/local/suite up` starts, every page through
 * the gateway: what a county clerk, a township and a neighbouring county see.
 */
class ConsoleIT {

    private static RunningSuite suite;
    /** 平氏镇's 2024 report: of 桐柏县 (411330), which 上党区's office may not read. */
    private static String otherCountysReport;

    @TempDir
    static Path data;

    @BeforeAll
    static void up() throws Exception {
        assumeTrue(Browser.available(), Browser.missing());
        suite = RunningSuite.up(data);
        // 南宋镇 submits its 2024 report through the API; the board shows it once it is assessed.
        byte[] sample =
                Files.readAllBytes(suite.root.resolve("report-service/src/test/resources/samples/nansong-2024.txt"));
        given().baseUri(suite.gateway())
                .auth()
                .oauth2(DevTokens.mint("township", "140404107"))
                .contentType("text/plain; charset=UTF-8")
                .body(sample)
                .post("/api/v1/reports")
                .then()
                .statusCode(201);
        byte[] pingshi =
                Files.readAllBytes(suite.root.resolve("report-service/src/test/resources/samples/pingshi-2024.txt"));
        otherCountysReport = given().baseUri(suite.gateway())
                .auth()
                .oauth2(DevTokens.mint("township", "411330107"))
                .contentType("text/plain; charset=UTF-8")
                .body(pingshi)
                .post("/api/v1/reports")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        await().atMost(Duration.ofMinutes(2))
                .until(() -> given().baseUri(suite.gateway())
                                .auth()
                                .oauth2(DevTokens.mint("county-office", "140404"))
                                .get("/api/v1/rollups/140404?year=2024")
                                .then()
                                .extract()
                                .<Integer>path("submitted")
                        == 1);
    }

    @AfterAll
    static void down() {
        if (suite != null) {
            suite.close();
        }
    }

    @Test
    void theCountyOfficeSeesItsBoardWithTheTownshipThatSubmittedAndThoseThatDidNot() {
        try (Browser browser = Browser.open()) {
            signIn(browser, "county");
            browser.driver.get(suite.gateway() + "/counties/140404?year=2024");
            assertThat(browser.driver.findElement(By.tagName("h1")).getText()).startsWith("上党区 县级工作台 · 2024年度");
            assertThat(browser.driver.findElement(By.id("unread")).getText()).matches("未读 \\d+");
            // Submitted today for 2024: long after the due day, 31 March 2025.
            assertThat(browser.driver.findElement(By.id("deadline")).getText())
                    .startsWith("报送截止日：2025年3月31日 · 报送截止日已过");
            WebElement nansong = browser.driver.findElement(By.cssSelector("tr[data-township='140404107']"));
            List<String> cells = nansong.findElements(By.tagName("td")).stream()
                    .map(WebElement::getText)
                    .toList();
            assertThat(nansong.findElement(By.tagName("th")).getText()).isEqualTo("南宋镇");
            assertThat(cells.get(0)).isEqualTo("已报送");
            assertThat(cells.get(1)).matches("\\d+(\\.\\d)?"); // its score
            assertThat(cells.get(2)).matches("逾期\\d+天");
            assertThat(cells.get(3)).contains("存在的不足和原因").contains("下一年度工作安排");
            List<WebElement> absent = browser.driver.findElements(By.cssSelector("tr.absent"));
            assertThat(absent).hasSizeGreaterThan(5); // 上党区 has more townships, none of which submitted
            assertThat(absent.get(0).findElements(By.tagName("td")).get(0).getText())
                    .isEqualTo("未报送");
            browser.screenshot("console-board");
        }
    }

    @Test
    void itOpensTheReportAndAClickOnAnItemsEvidenceHighlightsThePassageInTheText() {
        try (Browser browser = Browser.open()) {
            signIn(browser, "county");
            browser.driver.get(suite.gateway() + "/counties/140404?year=2024");
            browser.driver.findElement(By.linkText("南宋镇")).click();
            new WebDriverWait(browser.driver, Duration.ofSeconds(30))
                    .until(d -> !d.findElements(By.id("report-title")).isEmpty());
            assertThat(browser.driver.findElement(By.id("report-title")).getText())
                    .contains("南宋镇")
                    .contains("2024年度法治政府建设");
            assertThat(browser.driver.findElement(By.id("missing")).getText()).contains("存在的不足和原因");
            WebElement evidence =
                    browser.driver.findElements(By.cssSelector("a.evidence")).get(0);
            String anchor = evidence.getAttribute("href")
                    .substring(evidence.getAttribute("href").indexOf('#') + 1);
            WebElement passage = browser.driver.findElement(By.id(anchor));
            assertThat(passage.getText()).startsWith(evidence.getText().replace("…", ""));
            String before = passage.getCssValue("background-color");
            evidence.click();
            assertThat(browser.driver.getCurrentUrl()).endsWith("#" + anchor);
            assertThat(((org.openqa.selenium.JavascriptExecutor) browser.driver)
                            .executeScript("return document.querySelector(':target').id"))
                    .isEqualTo(anchor);
            assertThat(passage.getCssValue("background-color"))
                    .isNotEqualTo(before)
                    .isEqualTo("rgba(255, 179, 0, 1)");
            browser.screenshot("console-report");
        }
    }

    @Test
    void anotherCountysBoardIsRefusedWithNoDataAndATownshipSeesItsReportsButNoBoard() {
        try (Browser browser = Browser.open()) {
            signIn(browser, "county");
            browser.driver.get(suite.gateway() + "/counties/411330?year=2024");
            assertThat(browser.driver.findElement(By.id("problem")).getText()).contains("您无权查看此页面");
            assertThat(browser.driver.getPageSource())
                    .doesNotContain("id=\"townships\"")
                    .doesNotContain("桐柏");
            browser.screenshot("console-other-county");
            // Nor a report of that county, by its address: a 403 page with none of its text.
            browser.driver.get(suite.gateway() + "/reports/" + otherCountysReport);
            assertThat(browser.driver.findElement(By.id("problem")).getText()).contains("您无权查看此页面");
            assertThat(browser.driver.getPageSource()).doesNotContain("平氏").doesNotContain("report-text");
        }
        try (Browser browser = Browser.open()) {
            signIn(browser, "township");
            // The township starts with its own reports, and what each still lacks.
            WebElement own = browser.driver.findElement(By.cssSelector("#reports tbody tr"));
            assertThat(own.findElement(By.tagName("th")).getText()).isEqualTo("2024");
            assertThat(own.findElement(By.cssSelector("td.missing")).getText()).contains("存在的不足和原因");
            browser.screenshot("console-township");
            browser.driver.get(suite.gateway() + "/counties/140404?year=2024");
            assertThat(browser.driver.findElement(By.id("problem")).getText()).contains("您无权查看此页面");
            assertThat(browser.driver.getPageSource()).doesNotContain("id=\"townships\"");
        }
    }

    @Test
    void signingOutEndsTheSessionAndBackShowsNothingPrivate() {
        try (Browser browser = Browser.open()) {
            signIn(browser, "county");
            browser.driver.get(suite.gateway() + "/counties/140404?year=2024");
            assertThat(browser.driver.findElements(By.id("townships"))).hasSize(1);
            browser.driver.findElement(By.id("sign-out")).click();
            new WebDriverWait(browser.driver, Duration.ofSeconds(30))
                    .until(d -> d.getCurrentUrl().endsWith("/signin"));
            browser.driver.navigate().back();
            assertThat(browser.driver.findElements(By.id("townships"))).isEmpty();
            assertThat(browser.driver.getCurrentUrl()).endsWith("/signin");
            browser.driver.get(suite.gateway() + "/counties/140404?year=2024");
            assertThat(browser.driver.getCurrentUrl()).endsWith("/signin");
        }
    }

    @Test
    void aTownshipSubmitsADocxThroughTheFormAndTheCountysOpenInboxShowsItWithoutAReload() throws Exception {
        try (Browser county = Browser.open();
                Browser township = Browser.open()) {
            // The county office asks for its inbox to be told of submissions and revisions, on the subscriptions page.
            signIn(county, "county");
            county.driver.get(suite.gateway() + "/subscriptions");
            county.driver.findElement(By.id("channel-inbox")).click();
            county.driver.findElement(By.id("kind-report.submitted")).click();
            county.driver.findElement(By.id("kind-report.revised")).click();
            county.driver.findElement(By.id("create-subscription")).click();
            assertThat(county.driver.findElement(By.id("subscription-list")).getText())
                    .contains("站内通知")
                    .contains("报告已修订");

            county.driver.get(suite.gateway() + "/inbox");
            int before = county.driver
                    .findElements(By.cssSelector("li.notification"))
                    .size();
            JavascriptExecutor page = (JavascriptExecutor) county.driver;
            page.executeScript("window.sameDocument = true;");
            // Connected to the live stream before anything is submitted.
            new WebDriverWait(county.driver, Duration.ofSeconds(30))
                    .until(
                            d -> Boolean.TRUE.equals(
                                    page.executeScript(
                                            "var el = document.getElementById('inbox-items'); return !!(el && el['htmx-internal-data']"
                                                    + " && el['htmx-internal-data'].sseEventSource && el['htmx-internal-data'].sseEventSource.readyState === 1);")));

            // 南宋镇 sends a revised report as a Word file through the form, and reads what the suite found in it.
            String text =
                    Files.readString(suite.root.resolve("report-service/src/test/resources/samples/nansong-2024.txt"))
                            + "\n（2025年4月修订：补充了行政复议案件的办理情况。）\n";
            Path docx = data.resolve("南宋镇2024年度法治政府建设情况报告（修订）.docx");
            Files.write(docx, WordDocuments.plain(text));
            signIn(township, "township");
            township.driver.get(suite.gateway() + "/submit");
            township.driver.findElement(By.id("file")).sendKeys(docx.toString());
            township.driver.findElement(By.id("submit")).click();
            new WebDriverWait(township.driver, Duration.ofSeconds(60))
                    .until(d -> !d.findElements(By.id("parsed")).isEmpty());
            assertThat(township.driver.findElement(By.id("parsed-township")).getText())
                    .isEqualTo("南宋镇（140404107）");
            assertThat(township.driver.findElement(By.id("parsed-year")).getText())
                    .isEqualTo("2024");
            assertThat(township.driver.findElement(By.id("parsed-version")).getText())
                    .isEqualTo("2");
            assertThat(township.driver.findElement(By.id("parsed-sections")).getText())
                    .contains("主要举措和成效");
            township.screenshot("console-submitted");

            // The county's inbox, still open, shows it: no reload, the same document.
            new WebDriverWait(county.driver, Duration.ofSeconds(60))
                    .until(d ->
                            d.findElements(By.cssSelector("li.notification")).size() > before);
            WebElement newest = county.driver
                    .findElements(By.cssSelector("li.notification"))
                    .get(0);
            assertThat(newest.getText()).contains("【报告已修订】南宋镇2024年度法治政府建设年度报告");
            assertThat(newest.getAttribute("class")).contains("unread");
            assertThat(page.executeScript("return window.sameDocument === true;"))
                    .isEqualTo(true);
            county.screenshot("console-inbox");
        }
    }

    /** Signs in on the demo sign-in page, choosing the user by its label, as a person would. */
    private static void signIn(Browser browser, String user) {
        browser.driver.get(suite.gateway() + "/signin");
        browser.driver.findElement(By.id("user-" + user)).click();
        browser.driver.findElement(By.id("sign-in")).click();
        // Signed in once the browser has left the sign-in page (its cookie set), as a person sees the next page.
        new WebDriverWait(browser.driver, Duration.ofSeconds(30))
                .until(d -> !d.getCurrentUrl().endsWith("/signin"));
    }
}
