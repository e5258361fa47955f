package io.fazhi.console.subscription;

import io.fazhi.console.api.DeliveryDoc;
import io.fazhi.console.api.SubscriptionDoc;
import io.fazhi.console.inbox.NotificationKinds;
import io.fazhi.console.page.ChineseDates;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An office's subscriptions in words, the form for a new one, and what the last action said: a new
 * webhook's signing secret (shown this once) or why it was refused.
 */
public record SubscriptionsPage(List<Row> rows, String secret, String error, boolean choosePlace) {

    public static final Map<String, String> CHANNELS =
            Map.of("inbox", "站内通知", "email", "电子邮件", "webhook", "Webhook（系统对接）");
    private static final Map<String, String> STATUSES =
            Map.of("active", "已启用", "paused", "已暂停", "pending-verification", "待验证（请先验证）");

    /** A subscription: what it follows, how, and what can be done with it now. */
    public record Row(
            String id,
            String place,
            String channel,
            String kinds,
            String target,
            String status,
            String statusKey,
            boolean webhook,
            String created) {}

    /** A delivery's outcome in words; one that was given up on (dead) can be sent again. */
    public record DeliveryRow(
            String id,
            String event,
            String status,
            int attempts,
            String lastError,
            String created,
            boolean replayable) {}

    public static SubscriptionsPage of(SubscriptionDoc.Page page, String secret, String error, boolean choosePlace) {
        List<Row> rows = page.items().stream()
                .map(s -> new Row(
                        s.id(),
                        s.placeName() == null ? s.place() : s.placeName(),
                        CHANNELS.getOrDefault(s.channel(), s.channel()),
                        s.kinds().stream()
                                .map(k -> "*".equals(k) ? "全部" : NotificationKinds.label(k))
                                .collect(Collectors.joining("、")),
                        s.target() == null ? "" : s.target(),
                        STATUSES.getOrDefault(s.status(), s.status()),
                        s.status(),
                        "webhook".equals(s.channel()),
                        ChineseDates.minute(s.createdAt())))
                .toList();
        return new SubscriptionsPage(rows, secret, error, choosePlace);
    }

    public static List<DeliveryRow> deliveries(DeliveryDoc.Page page) {
        return page.items().stream()
                .map(d -> new DeliveryRow(
                        d.id(),
                        NotificationKinds.label(d.eventType()),
                        switch (d.status()) {
                            case "delivered" -> "已送达";
                            case "dead" -> "已放弃";
                            default -> "重试中";
                        },
                        d.attempts(),
                        d.lastError() == null
                                ? (d.lastStatus() == null ? "" : "HTTP " + d.lastStatus())
                                : d.lastError(),
                        ChineseDates.minute(d.createdAt()),
                        "dead".equals(d.status())))
                .toList();
    }

    public Map<String, String> kinds() {
        return NotificationKinds.ALL;
    }

    public Map<String, String> channels() {
        return CHANNELS;
    }
}
