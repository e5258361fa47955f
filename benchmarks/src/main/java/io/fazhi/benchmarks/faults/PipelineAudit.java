package io.fazhi.benchmarks.faults;

import io.fazhi.events.ComplianceAlert;
import io.fazhi.events.EventPayload;
import io.fazhi.events.KafkaCloudEvents;
import io.fazhi.events.ReceivedEvent;
import io.fazhi.events.ReportAssessed;
import io.fazhi.events.ReportVersionEvent;
import io.fazhi.events.ReportWithdrawn;
import io.fazhi.events.Topics;
import io.fazhi.local.WebhookReceiver;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * What the suite holds after a run, counted where it is kept: versions and withdrawals in the
 * reports database, events on the three topics, assessments in the metrics database, inbox items
 * and webhook deliveries in the notifications database, and what the webhook receiver got. Only
 * the run's own reports count, so a suite with earlier data can be audited too.
 */
final class PipelineAudit {

    /** The counts of one audit; {@link #exact()} is the verdict. */
    record Counts(
            int versionsExpected,
            int versionsStored,
            int versionsMissing,
            int versionsExtra,
            int withdrawalsExpected,
            int withdrawalsStored,
            int reportEventsExpected,
            int reportEventsOnce,
            int reportEventsTwice,
            int reportEventsUnexpected,
            int recordsRepeated,
            int assessmentsStored,
            int assessedEventsOnce,
            int assessedEventsTwice,
            int alerts,
            int alertsTwice,
            int events,
            int inboxOnce,
            int inboxMissing,
            int deliveriesDelivered,
            int deliveriesMissing,
            int webhookIdsReceived,
            int webhookRequests) {

        boolean exact() {
            return versionsMissing == 0
                    && versionsExtra == 0
                    && withdrawalsStored == withdrawalsExpected
                    && reportEventsOnce == reportEventsExpected
                    && reportEventsTwice == 0
                    && reportEventsUnexpected == 0
                    && assessmentsStored == versionsExpected
                    && assessedEventsOnce == versionsExpected
                    && assessedEventsTwice == 0
                    && alertsTwice == 0
                    && inboxOnce == events
                    && inboxMissing == 0
                    && deliveriesDelivered == events
                    && deliveriesMissing == 0
                    && webhookIdsReceived == events;
        }

        /** Whether everything downstream has caught up with what was stored (not whether it is right). */
        boolean settled() {
            return assessmentsStored >= versionsStored
                    && inboxOnce + inboxMissing > 0
                    && inboxMissing == 0
                    && deliveriesMissing == 0
                    && deliveriesDelivered == events
                    && webhookIdsReceived == events;
        }
    }

    private final String jdbcBase;
    private final String bootstrap;
    private final Timestamp since;
    private final String place;
    private final String subscriptionId;
    private final WebhookReceiver receiver;

    PipelineAudit(
            String jdbcBase,
            String bootstrap,
            Timestamp since,
            String place,
            String subscriptionId,
            WebhookReceiver receiver) {
        this.jdbcBase = jdbcBase;
        this.bootstrap = bootstrap;
        this.since = since;
        this.place = place;
        this.subscriptionId = subscriptionId;
        this.receiver = receiver;
    }

    /** The database's clock: the run's reports are those received after it. */
    static Timestamp now(String jdbcBase) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcBase + "reports", "postgres", "");
                ResultSet rs = c.createStatement().executeQuery("SELECT now()")) {
            rs.next();
            return rs.getTimestamp(1);
        }
    }

    Counts count(TownshipTraffic traffic) throws SQLException {
        Set<String> accepted = traffic.acceptedVersions;
        Set<String> ids = traffic.reportIds();

        Set<String> stored = strings(
                "reports",
                "SELECT report_id::text || '#' || version FROM report_version WHERE received_at >= ?",
                since);
        Set<String> withdrawals = strings("reports", "SELECT id::text FROM report WHERE withdrawn_at >= ?", since);

        // Events, per what they are about: exactly one ce_id each.
        Map<String, Set<String>> reportEvents = new HashMap<>();
        Map<String, Set<String>> assessed = new HashMap<>();
        Map<String, Set<String>> alerts = new HashMap<>();
        Set<String> eventIds = new HashSet<>();
        int[] records = {0, 0};
        for (ConsumerRecord<String, byte[]> record :
                readAll(List.of(Topics.REPORTS, Topics.ASSESSMENTS, Topics.ALERTS))) {
            ReceivedEvent event = KafkaCloudEvents.read(record);
            String about = about(event.payload(), ids, event.type());
            if (about == null) {
                continue;
            }
            Map<String, Set<String>> into = switch (record.topic()) {
                case Topics.REPORTS -> reportEvents;
                case Topics.ASSESSMENTS -> assessed;
                default -> alerts;
            };
            into.computeIfAbsent(about, k -> new HashSet<>()).add(event.id());
            records[0]++;
            if (!eventIds.add(event.id())) {
                records[1]++;
            }
        }
        Set<String> expectedReportEvents = new HashSet<>();
        for (String version : accepted) {
            expectedReportEvents.add((version.endsWith("#1") ? "report.submitted " : "report.revised ") + version);
        }
        traffic.withdrawn.forEach(id -> expectedReportEvents.add("report.withdrawn " + id));

        Set<String> assessments =
                strings("metrics", "SELECT report_id || '#' || version FROM assessment WHERE report_id = ANY(?)", ids);
        Map<String, Integer> inbox = countsBy(
                "notifications",
                "SELECT event_id, count(*) FROM inbox_item WHERE place = ? AND event_id = ANY(?) GROUP BY event_id",
                place,
                eventIds);
        Map<String, Integer> delivered = countsBy(
                "notifications",
                "SELECT message_id, count(*) FROM delivery WHERE subscription_id = ?::uuid AND status = 'delivered'"
                        + " AND message_id = ANY(?) GROUP BY message_id",
                subscriptionId,
                eventIds);
        List<WebhookReceiver.Request> requests = receiver.requests().stream()
                .filter(r -> eventIds.contains(r.header("webhook-id")))
                .toList();

        return new Counts(
                accepted.size(),
                (int) stored.stream().filter(accepted::contains).count(),
                (int) accepted.stream().filter(v -> !stored.contains(v)).count(),
                (int) stored.stream().filter(v -> !accepted.contains(v)).count(),
                traffic.withdrawn.size(),
                (int) withdrawals.stream().filter(traffic.withdrawn::contains).count(),
                expectedReportEvents.size(),
                (int) expectedReportEvents.stream()
                        .filter(k -> reportEvents.getOrDefault(k, Set.of()).size() == 1)
                        .count(),
                (int) reportEvents.values().stream().filter(s -> s.size() > 1).count(),
                (int) reportEvents.keySet().stream()
                        .filter(k -> !expectedReportEvents.contains(k))
                        .count(),
                records[1],
                (int) assessments.stream().filter(accepted::contains).count(),
                (int) accepted.stream()
                        .filter(v -> assessed.getOrDefault(v, Set.of()).size() == 1)
                        .count(),
                (int) assessed.values().stream().filter(s -> s.size() > 1).count(),
                alerts.size(),
                (int) alerts.values().stream().filter(s -> s.size() > 1).count(),
                eventIds.size(),
                (int) inbox.values().stream().filter(n -> n == 1).count(),
                (int) eventIds.stream().filter(id -> !inbox.containsKey(id)).count(),
                (int) delivered.values().stream().filter(n -> n == 1).count(),
                (int) eventIds.stream().filter(id -> !delivered.containsKey(id)).count(),
                (int) requests.stream()
                        .map(r -> r.header("webhook-id"))
                        .distinct()
                        .count(),
                requests.size());
    }

    /** What an event is about, as the key it must be unique under; null for another run's reports. */
    private static String about(EventPayload payload, Set<String> ids, String type) {
        if (payload instanceof ReportVersionEvent v) {
            return ids.contains(v.report().reportId())
                    ? type + " " + v.report().reportId() + "#" + v.report().version()
                    : null;
        }
        if (payload instanceof ReportWithdrawn w) {
            return ids.contains(w.reportId()) ? type + " " + w.reportId() : null;
        }
        if (payload instanceof ReportAssessed a) {
            return ids.contains(a.reportId()) ? a.reportId() + "#" + a.version() : null;
        }
        ComplianceAlert alert = (ComplianceAlert) payload;
        return alert.reportId() != null && ids.contains(alert.reportId())
                ? alert.kind() + " " + alert.reportId() + "#" + alert.details().get("reportVersion")
                : null;
    }

    private List<ConsumerRecord<String, byte[]>> readAll(List<String> topics) {
        List<ConsumerRecord<String, byte[]>> read = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrap,
                        ConsumerConfig.GROUP_ID_CONFIG,
                        "fault-audit-" + UUID.randomUUID(),
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                        false),
                new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                consumer.poll(Duration.ofMillis(500)).forEach(read::add);
            }
        }
        return read;
    }

    private Set<String> strings(String database, String sql, Object parameter) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcBase + database, "postgres", "");
                PreparedStatement statement = c.prepareStatement(sql)) {
            bind(c, statement, 1, parameter);
            Set<String> values = new HashSet<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        }
    }

    private Map<String, Integer> countsBy(String database, String sql, String first, Set<String> ids)
            throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcBase + database, "postgres", "");
                PreparedStatement statement = c.prepareStatement(sql)) {
            statement.setString(1, first);
            bind(c, statement, 2, ids);
            Map<String, Integer> counts = new HashMap<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getString(1), rows.getInt(2));
                }
            }
            return counts;
        }
    }

    private static void bind(Connection c, PreparedStatement statement, int index, Object parameter)
            throws SQLException {
        if (parameter instanceof Set<?> set) {
            Array array = c.createArrayOf("text", set.toArray());
            statement.setArray(index, array);
        } else {
            statement.setObject(index, parameter);
        }
    }
}
