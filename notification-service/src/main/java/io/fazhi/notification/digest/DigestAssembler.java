package io.fazhi.notification.digest;

import com.fasterxml.jackson.core.type.TypeReference;
import io.agroal.api.AgroalDataSource;
import io.fazhi.events.EventJson;
import io.fazhi.notification.deliver.DeliveryRef;
import io.fazhi.notification.deliver.DeliveryStore;
import io.fazhi.notification.deliver.Dispatcher;
import io.fazhi.notification.notice.NoticeMessages;
import io.fazhi.platform.places.Place;
import io.fazhi.platform.places.PlaceDirectory;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Dispatcher dispatcher;

    @Inject
    PlaceDirectory places;

    private record Entry(long id, String townshipCode, String townshipName, Map<String, Object> notice, Instant time) {
    }

    @Scheduled(every = "${fazhi.digest.check-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void assembleDue() {
        for (UUID subscription : due()) {
            QuarkusTransaction.requiringNew().call(() -> assemble(subscription))
                    .ifPresent(delivery -> dispatcher.dispatch(List.of(delivery)));
        }
    }

    private List<UUID> due() {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(
                "SELECT id FROM subscription WHERE digest_seconds IS NOT NULL AND digest_due_at <= now()"
                        + " AND status IN ('active', 'paused')")) {
            List<UUID> due = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    due.add(rows.getObject(1, UUID.class));
                }
            }
            return due;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot find due digests", e);
        }
    }

    /** In a transaction holding the subscription's row, so two instances never send one period twice. */
    private Optional<DeliveryRef> assemble(UUID subscription) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            String place;
            String channel;
            int periodSeconds;
            Instant from;
            try (PreparedStatement lock = c.prepareStatement("SELECT place, channel, digest_seconds, digest_due_at FROM subscription"
                    + " WHERE id = ? AND digest_due_at <= now() FOR UPDATE SKIP LOCKED")) {
                lock.setObject(1, subscription);
                try (ResultSet row = lock.executeQuery()) {
                    if (!row.next()) {
                        return Optional.empty();
                    }
                    place = row.getString(1);
                    channel = row.getString(2);
                    periodSeconds = row.getInt(3);
                    from = row.getTimestamp(4).toInstant().minusSeconds(periodSeconds);
                }
            }
            try (PreparedStatement next = c.prepareStatement(
                    "UPDATE subscription SET digest_due_at = now() + make_interval(secs => digest_seconds) WHERE id = ?")) {
                next.setObject(1, subscription);
                next.executeUpdate();
            }
            List<Entry> entries = waiting(c, subscription);
            if (entries.isEmpty()) {
                return Optional.empty();
            }
            Instant to = clock.instant();
            String placeName = places.byCode(place).map(Place::name).orElse(place);
            Map<String, List<Entry>> byTownship = new LinkedHashMap<>();
            entries.forEach(e -> byTownship.computeIfAbsent(e.townshipCode() + "|" + e.townshipName(), k -> new ArrayList<>()).add(e));
            String subject = "【" + (periodSeconds == 86_400 ? "每日" : "") + "汇总】" + placeName + "法治政府建设年度报告动态："
                    + byTownship.size() + "个乡镇" + entries.size() + "条";
            UUID id = UUID.randomUUID();
            String messageId = "digest_" + id;
            String body = channel.equals("webhook")
                    ? webhookBody(place, placeName, from, to, byTownship, entries.size())
                    : emailText(subject, from, to, byTownship, messageId);
            DeliveryStore.insert(c, id, subscription, messageId, "digest", subject, body, to);
            try (PreparedStatement link = c.prepareStatement("UPDATE digest_entry SET delivery_id = ? WHERE id = ANY (?)")) {
                link.setObject(1, id);
                link.setArray(2, c.createArrayOf("bigint", entries.stream().map(Entry::id).toArray()));
                link.executeUpdate();
            }
            return Optional.of(new DeliveryRef(id, subscription));
        }
    }

    private static List<Entry> waiting(Connection c, UUID subscription) throws SQLException {
        List<Entry> entries = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("SELECT id, township_code, township_name, notice, event_time"
                + " FROM digest_entry WHERE subscription_id = ? AND delivery_id IS NULL ORDER BY township_code, event_time, id")) {
            select.setObject(1, subscription);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    entries.add(new Entry(rows.getLong(1), rows.getString(2), rows.getString(3), read(rows.getString(4)),
                            rows.getTimestamp(5).toInstant()));
                }
            }
        }
        return entries;
    }

    private static String webhookBody(String place, String placeName, Instant from, Instant to,
                                      Map<String, List<Entry>> byTownship, int count) {
        List<Map<String, Object>> townships = new ArrayList<>();
        byTownship.forEach((key, list) -> townships.add(Map.of(
                "code", list.get(0).townshipCode(), "name", list.get(0).townshipName(),
                "notifications", list.stream().map(Entry::notice).toList())));
        return NoticeMessages.json(Map.of("type", "digest", "timestamp", to.toString(), "data", Map.of(
                "place", Map.of("code", place, "name", placeName), "from", from.toString(), "to", to.toString(),
                "count", count, "townships", townships)));
    }

    private static String emailText(String subject, Instant from, Instant to, Map<String, List<Entry>> byTownship, String messageId) {
        StringBuilder text = new StringBuilder(subject).append("\n").append(WHEN.format(from)).append(" 至 ")
                .append(WHEN.format(to)).append("\n");
        byTownship.forEach((key, list) -> {
            text.append("\n").append(list.get(0).townshipName()).append("（").append(list.size()).append("条）\n");
            for (Entry entry : list) {
                text.append("  · ").append(entry.notice().get("title")).append("\n    ").append(entry.notice().get("message"))
                        .append("\n    ").append(entry.notice().get("link")).append("\n");
            }
        });
        return text.append("\n").append(NoticeMessages.footer(messageId)).toString();
    }

    private static Map<String, Object> read(String json) {
        try {
            return EventJson.mapper().readValue(json, MAP);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
