package io.fazhi.notification.digest;

import com.fasterxml.jackson.core.type.TypeReference;
import io.fazhi.events.EventJson;
import io.fazhi.notification.notice.Notice;
import io.fazhi.notification.notice.NoticeMessages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Every query of the {@code digest_entry} table, on the caller's connection (its transaction). */
public final class DigestEntryStore {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

    /** A notice collected for a digest, waiting for its period to end. */
    record Entry(long id, String townshipCode, String townshipName, Map<String, Object> notice, Instant time) {}

    private DigestEntryStore() {}

    /** Collects a notice for a digest subscription; once per subscription and event. */
    public static void collect(Connection c, UUID subscription, Notice notice) throws SQLException {
        Notice.Township township = notice.township();
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO digest_entry (subscription_id, event_id, township_code,"
                        + " township_name, notice, event_time) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (subscription_id, event_id) DO NOTHING")) {
            insert.setObject(1, subscription);
            insert.setString(2, notice.eventId());
            insert.setString(3, notice.groupCode());
            insert.setString(4, township == null ? notice.countyName() : township.name());
            insert.setString(5, NoticeMessages.json(NoticeMessages.data(notice)));
            insert.setTimestamp(6, Timestamp.from(notice.occurredAt()));
            insert.executeUpdate();
        }
    }

    /** What the subscription collected and has not sent yet, by township then time. */
    static List<Entry> waiting(Connection c, UUID subscription) throws SQLException {
        List<Entry> entries = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement(
                "SELECT id, township_code, township_name, notice, event_time"
                        + " FROM digest_entry WHERE subscription_id = ? AND delivery_id IS NULL ORDER BY township_code, event_time, id")) {
            select.setObject(1, subscription);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    entries.add(new Entry(
                            rows.getLong(1),
                            rows.getString(2),
                            rows.getString(3),
                            read(rows.getString(4)),
                            rows.getTimestamp(5).toInstant()));
                }
            }
        }
        return entries;
    }

    /** Marks the entries as sent in this delivery. */
    static void sentIn(Connection c, UUID delivery, List<Entry> entries) throws SQLException {
        try (PreparedStatement link =
                c.prepareStatement("UPDATE digest_entry SET delivery_id = ? WHERE id = ANY (?)")) {
            link.setObject(1, delivery);
            link.setArray(
                    2, c.createArrayOf("bigint", entries.stream().map(Entry::id).toArray()));
            link.executeUpdate();
        }
    }

    private static Map<String, Object> read(String json) {
        try {
            return EventJson.mapper().readValue(json, MAP);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
