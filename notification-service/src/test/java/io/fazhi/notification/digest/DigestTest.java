package io.fazhi.notification.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fazhi.local.WebhookReceiver;
import io.fazhi.notification.SmtpTestResource;
import io.fazhi.notification.Subscribe;
import io.fazhi.notification.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Digest mode: one message per period, grouping the period's events by township. (Test minimum period: 2 s.) */
@QuarkusTest
class DigestTest {

    private static final Duration LIMIT = Duration.ofMinutes(1);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void sixEventsOfThreeTownshipsMakeOneEmailGroupedByTownship() throws Exception {
        String county = "140423"; // 襄垣县
        String mailbox = "digest-" + UUID.randomUUID().toString().substring(0, 8) + "@xiangyuan.example.gov.cn";
        Map<String, Object> body = Subscribe.body(county, "email", mailbox, List.of("*"));
        body.put("digest", "PT4S");
        Subscribe.active(body);
        List<String> townships = List.of("140423100", "140423101", "140423102");
        for (String township : townships) {
            String reportId = "r-" + UUID.randomUUID();
            TestEvents.send(bootstrap, TestEvents.assessed(township, reportId));
            TestEvents.send(bootstrap, TestEvents.missingSection(township, reportId));
        }

        await().atMost(LIMIT).until(() -> mails(mailbox).size() >= 1);
        Thread.sleep(5_000); // one more period: nothing else may come for the same events
        List<MimeMessage> mails = mails(mailbox);
        assertThat(mails).hasSize(1);
        String text = mails.get(0).getContent().toString();
        assertThat(mails.get(0).getSubject()).isEqualTo("【汇总】襄垣县法治政府建设年度报告动态：3个乡镇6条");
        assertThat(text).contains("古韩镇（2条）", "王桥镇（2条）", "侯堡镇（2条）", "【评估完成】", "【报告缺少必备内容】");
    }

    @Test
    void aWebhookDigestIsOneSignedJsonMessageWithTheEventsByTownship() {
        try (WebhookReceiver receiver = WebhookReceiver.start("127.0.0.2")) {
            String county = "140425"; // 平顺县
            Map<String, Object> body =
                    Subscribe.body(county, "webhook", receiver.url("/digest"), List.of("compliance.alert"));
            body.put("digest", "PT2S");
            Subscribe.active(body);
            int pings = receiver.requests().size();
            TestEvents.send(bootstrap, TestEvents.missingSection("140425100", "r-" + UUID.randomUUID()));
            TestEvents.send(bootstrap, TestEvents.missingSection("140425100", "r-" + UUID.randomUUID()));

            await().atMost(LIMIT).until(() -> receiver.requests().size() > pings);
            WebhookReceiver.Request digest = receiver.requests().get(pings);
            assertThat(digest.header("webhook-id")).startsWith("digest_");
            assertThat(digest.body()).contains("\"type\":\"digest\"", "\"count\":2", "\"code\":\"140425100\"", "青羊镇");
        }
    }

    private static List<MimeMessage> mails(String address) {
        return Arrays.stream(SmtpTestResource.server().getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getAllRecipients()[0].toString().equals(address);
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }
}
