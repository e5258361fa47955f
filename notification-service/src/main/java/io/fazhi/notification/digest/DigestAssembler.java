package io.fazhi.notification.digest;

import io.agroal.api.AgroalDataSource;
import io.fazhi.notification.deliver.DeliveryRef;
import io.fazhi.notification.deliver.DeliveryStore;
import io.fazhi.notification.deliver.Dispatcher;
import io.fazhi.notification.digest.DigestEntryStore.Entry;
import io.fazhi.notification.notice.NoticeMessages;
import io.fazhi.notification.subscription.Channel;
import io.fazhi.notification.subscription.SubscriptionStore;
import io.fazhi.notification.subscription.SubscriptionStore.DigestPeriod;
import io.fazhi.platform.places.Place;
import io.fazhi.platform.places.PlaceDirectory;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * For digest subscriptions: when a period ends, the events collected during it become one message,
 * grouped by township — a county with 20 townships gets one e-mail on deadline day, not 60.
 */
@ApplicationScoped
public class DigestAssembler {

    @Inject
    Clock clock;

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Dispatcher dispatcher;

    @Inject
    PlaceDirectory places;

    @Inject
    SubscriptionStore subscriptions;

    @Scheduled(
            every = "${fazhi.digest.check-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void assembleDue() {
        for (UUID subscription : subscriptions.dueDigests()) {
            QuarkusTransaction.requiringNew()
                    .call(() -> assemble(subscription))
                    .ifPresent(delivery -> dispatcher.dispatch(List.of(delivery)));
        }
    }

    /** In a transaction holding the subscription's row, so two instances never send one period twice. */
    private Optional<DeliveryRef> assemble(UUID subscription) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            Optional<DigestPeriod> closed = subscriptions.closeDigestPeriod(c, subscription);
            if (closed.isEmpty()) {
                return Optional.empty();
            }
            String place = closed.get().place();
            int periodSeconds = closed.get().periodSeconds();
            Instant from = closed.get().from();
            List<Entry> entries = DigestEntryStore.waiting(c, subscription);
            if (entries.isEmpty()) {
                return Optional.empty();
            }
            Instant to = clock.instant();
            String placeName = places.byCode(place).map(Place::name).orElse(place);
            Map<String, List<Entry>> byTownship = new LinkedHashMap<>();
            entries.forEach(e -> byTownship
                    .computeIfAbsent(e.townshipCode() + "|" + e.townshipName(), k -> new ArrayList<>())
                    .add(e));
            String subject = "【" + (periodSeconds == 86_400 ? "每日" : "") + "汇总】" + placeName + "法治政府建设年度报告动态："
                    + byTownship.size() + "个乡镇" + entries.size() + "条";
            UUID id = UUID.randomUUID();
            String messageId = "digest_" + id;
            String body = closed.get().channel() == Channel.WEBHOOK
                    ? webhookBody(place, placeName, from, to, byTownship, entries.size())
                    : emailText(subject, from, to, byTownship, messageId);
            DeliveryStore.insert(c, id, subscription, messageId, "digest", subject, body, to);
            DigestEntryStore.sentIn(c, id, entries);
            return Optional.of(new DeliveryRef(id, subscription));
        }
    }

    private static String webhookBody(
            String place, String placeName, Instant from, Instant to, Map<String, List<Entry>> byTownship, int count) {
        List<Map<String, Object>> townships = new ArrayList<>();
        byTownship.forEach((key, list) -> townships.add(Map.of(
                "code",
                list.get(0).townshipCode(),
                "name",
                list.get(0).townshipName(),
                "notifications",
                list.stream().map(Entry::notice).toList())));
        return NoticeMessages.json(Map.of(
                "type",
                "digest",
                "timestamp",
                to.toString(),
                "data",
                Map.of(
                        "place",
                        Map.of("code", place, "name", placeName),
                        "from",
                        from.toString(),
                        "to",
                        to.toString(),
                        "count",
                        count,
                        "townships",
                        townships)));
    }

    private static String emailText(
            String subject, Instant from, Instant to, Map<String, List<Entry>> byTownship, String messageId) {
        StringBuilder text = new StringBuilder(subject)
                .append("\n")
                .append(WHEN.format(from))
                .append(" 至 ")
                .append(WHEN.format(to))
                .append("\n");
        byTownship.forEach((key, list) -> {
            text.append("\n")
                    .append(list.get(0).townshipName())
                    .append("（")
                    .append(list.size())
                    .append("条）\n");
            for (Entry entry : list) {
                text.append("  · ")
                        .append(entry.notice().get("title"))
                        .append("\n    ")
                        .append(entry.notice().get("message"))
                        .append("\n    ")
                        .append(entry.notice().get("link"))
                        .append("\n");
            }
        });
        return text.append("\n").append(NoticeMessages.footer(messageId)).toString();
    }
}
