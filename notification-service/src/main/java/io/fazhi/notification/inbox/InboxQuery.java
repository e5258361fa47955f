package io.fazhi.notification.inbox;

import io.quarkus.panache.common.Parameters;
import java.util.ArrayList;
import java.util.List;

/** Filters of an inbox list: the place prefix always, the rest when given. */
public record InboxQuery(
        String placePrefix, Boolean unread, String kind, String severity, Integer year, String township) {

    public String where() {
        List<String> conditions = new ArrayList<>(List.of("place like :place"));
        if (unread != null) {
            conditions.add(unread ? "readAt is null" : "readAt is not null");
        }
        if (kind != null) {
            conditions.add("(kind = :kind or eventType = :kind)");
        }
        if (severity != null) {
            conditions.add("severity = :severity");
        }
        if (year != null) {
            conditions.add("year = :year");
        }
        if (township != null) {
            conditions.add("townshipCode = :township");
        }
        return String.join(" and ", conditions);
    }

    public Parameters parameters() {
        Parameters p = Parameters.with("place", placePrefix + "%");
        if (kind != null) {
            p = p.and("kind", kind);
        }
        if (severity != null) {
            p = p.and("severity", severity);
        }
        if (year != null) {
            p = p.and("year", year);
        }
        if (township != null) {
            p = p.and("township", township);
        }
        return p;
    }
}
