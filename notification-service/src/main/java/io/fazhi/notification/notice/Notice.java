package io.fazhi.notification.notice;

import io.fazhi.events.Severity;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What an office is told about one event, in the words it reads: the same facts go to every
 * channel (webhook JSON, e-mail text, inbox item).
 *
 * @param eventId the CloudEvents {@code ce_id}: the webhook-id receivers drop duplicates by
 * @param kind the event type, or the alert kind for a compliance alert
 * @param place the code subscriptions are matched against: the township, or the county of a
 *              deadline alert that names several townships
 * @param townships the townships concerned, with their names
 * @param details the facts a machine reads (score, missing contents, days late…)
 */
public record Notice(
        String eventId,
        String eventType,
        String kind,
        Severity severity,
        String place,
        List<Township> townships,
        String countyCode,
        String countyName,
        int year,
        String reportId,
        String title,
        String message,
        String link,
        Instant occurredAt,
        Map<String, Object> details) {

    public record Township(String code, String name) {}

    public Notice {
        townships = List.copyOf(townships);
        details = details == null ? Map.of() : details;
    }

    /** The county code of a place code (6 digits), or the code itself above county level. */
    public static String countyOf(String place) {
        return place.length() >= 6 ? place.substring(0, 6) : place;
    }

    /** The single township concerned, or null when the notice is about several. */
    public Township township() {
        return townships.size() == 1 ? townships.get(0) : null;
    }

    /** The township's code for a one-township notice, else the county's: how summaries group. */
    public String groupCode() {
        return townships.size() == 1 ? townships.get(0).code() : countyCode;
    }
}
