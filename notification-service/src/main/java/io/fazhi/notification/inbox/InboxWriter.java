package io.fazhi.notification.inbox;

import io.agroal.api.AgroalDataSource;
import io.fazhi.notification.notice.Notice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.UUID;

/** Puts notices in an office's inbox, in the caller's transaction; once per office and event. */
@ApplicationScoped
public class InboxWriter {

    @Inject
    AgroalDataSource dataSource;

    /** @return false when the office's inbox had this event already */
    public boolean add(String officePlace, UUID subscriptionId, Notice notice) {
        Notice.Township township = notice.township();
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO inbox_item (place, subscription_id, event_id, event_type, kind, severity, township_code,"
                        + " county_code, year, report_id, title, body, link, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (place, event_id) DO NOTHING")) {
            insert.setString(1, officePlace);
            insert.setObject(2, subscriptionId);
            insert.setString(3, notice.eventId());
            insert.setString(4, notice.eventType());
            insert.setString(5, notice.kind());
            insert.setString(6, notice.severity().wire());
            insert.setString(7, township == null ? null : township.code());
            insert.setString(8, notice.countyCode());
            insert.setObject(9, notice.year() == 0 ? null : notice.year());
            insert.setString(10, notice.reportId());
            insert.setString(11, notice.title());
            insert.setString(12, notice.message());
            insert.setString(13, notice.link());
            insert.setTimestamp(14, Timestamp.from(notice.occurredAt()));
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot add to the inbox of " + officePlace, e);
        }
    }
}
