package io.fazhi.notification.inbox;

import io.agroal.api.AgroalDataSource;
import io.fazhi.notification.notice.Notice;
import io.fazhi.platform.api.PageOf;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Every query of the {@code inbox_item} table: notices put in an office's inbox (in the caller's
 * transaction, once per office and event), listed, marked read, and followed by the live stream.
 */
@ApplicationScoped
public class InboxStore {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Clock clock;

    /** @return false when the office's inbox had this event already */
    public boolean add(String officePlace, UUID subscriptionId, Notice notice) {
        Notice.Township township = notice.township();
        try (Connection c = dataSource.getConnection();
                PreparedStatement insert = c.prepareStatement(
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

    /** One page of the items the query selects, newest first. */
    public PageOf<InboxItem> list(InboxQuery query, int page, int size) {
        var found = InboxItem.<InboxItem>find(query.where(), Sort.by("id").descending(), query.parameters());
        return new PageOf<>(found.page(Page.of(page, size)).list(), page, size, found.count());
    }

    /** Marks an item read (once: the first time stays) if {@code visible} accepts its place; empty otherwise. */
    public Optional<InboxItem> markRead(long id, Predicate<String> visible) {
        return QuarkusTransaction.requiringNew().call(() -> {
            InboxItem item = InboxItem.findById(id);
            if (item == null || !visible.test(item.place)) {
                return Optional.empty();
            }
            if (item.readAt == null) {
                item.readAt = clock.instant();
            }
            return Optional.of(item);
        });
    }

    /** Items after this id, oldest first, at most {@code limit}. */
    public List<InboxItem> after(long id, int limit) {
        return InboxItem.<InboxItem>find("id > ?1 order by id", id)
                .page(0, limit)
                .list();
    }

    /** The newest item's id; 0 when the inbox table is empty. */
    public long latestId() {
        Long latest = InboxItem.find("select max(id) from InboxItem")
                .project(Long.class)
                .firstResult();
        return latest == null ? 0 : latest;
    }
}
