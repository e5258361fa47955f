package io.fazhi.notification.notice;

import io.fazhi.events.AlertKind;
import io.fazhi.events.EventType;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The kinds a subscription may name: every event type, every alert kind, or "*". */
public final class NoticeKinds {

    public static final String ALL = "*";

    /** Sent to an office's inbox when one of its webhooks is paused. */
    public static final String SUBSCRIPTION_PAUSED = "subscription.paused";

    private static final Set<String> KNOWN = Stream.concat(
                    Stream.concat(
                            Arrays.stream(EventType.values()).map(EventType::type),
                            Arrays.stream(AlertKind.values()).map(AlertKind::wire)),
                    Stream.of(ALL, SUBSCRIPTION_PAUSED))
            .collect(Collectors.toUnmodifiableSet());

    private NoticeKinds() {}

    public static boolean known(String kind) {
        return KNOWN.contains(kind);
    }

    public static Set<String> all() {
        return KNOWN;
    }

    /** Whether a subscription to {@code kinds} wants a notice of this event type and kind. */
    public static boolean matches(Set<String> kinds, String eventType, String kind) {
        return kinds.contains(ALL) || kinds.contains(eventType) || kinds.contains(kind);
    }
}
