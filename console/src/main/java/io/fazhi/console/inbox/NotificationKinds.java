package io.fazhi.console.inbox;

import io.fazhi.events.AlertKind;
import io.fazhi.events.EventType;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The kinds of notification an office can filter by or subscribe to, with the words the event
 * contract gives them (the same words as the notices' titles).
 */
public final class NotificationKinds {

    /** Event types, then alert kinds, in the order the forms offer them. */
    public static final Map<String, String> ALL;

    static {
        Map<String, String> kinds = new LinkedHashMap<>();
        for (EventType type : EventType.values()) {
            kinds.put(type.type(), type.chinese()); // compliance.alert: every alert kind below
        }
        for (AlertKind kind : AlertKind.values()) {
            kinds.put(kind.wire(), kind.chinese());
        }
        ALL = java.util.Collections.unmodifiableMap(kinds);
    }

    private NotificationKinds() {}

    /** The kind in words; an unknown kind as it is. */
    public static String label(String kind) {
        return kind == null ? "" : ALL.getOrDefault(kind, kind);
    }
}
