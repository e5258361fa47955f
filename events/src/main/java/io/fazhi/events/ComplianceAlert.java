package io.fazhi.events;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Something a county office must act on.
 *
 * @param townshipCodes the townships concerned: one for a report alert, several for a deadline alert
 * @param reportId the report concerned, or null for deadline alerts
 * @param details kind-specific facts (missing sections, score and threshold, matched report ids)
 */
public record ComplianceAlert(
        String alertId,
        AlertKind kind,
        Severity severity,
        String countyCode,
        List<String> townshipCodes,
        int year,
        String reportId,
        String message,
        Map<String, Object> details,
        Instant raisedAt)
        implements EventPayload {

    public ComplianceAlert {
        townshipCodes = townshipCodes == null ? List.of() : List.copyOf(townshipCodes);
        details = details == null ? Map.of() : Map.copyOf(details);
    }

    @Override
    public EventType eventType() {
        return EventType.COMPLIANCE_ALERT;
    }

    @Override
    public String key() {
        return countyCode;
    }

    @Override
    public String subject() {
        return countyCode;
    }
}
