package io.fazhi.console.inbox;

import io.fazhi.console.api.InboxDoc;
import io.fazhi.console.page.ChineseDates;
import java.util.List;
import java.util.Map;

/** The inbox as a clerk reads it: newest first, unread marked, filtered by kind and township. */
public record InboxPage(List<Item> items, long total, long unread, String kind, String township) {

    /** One notification in words. */
    public record Item(
            long id,
            String kind,
            String title,
            String message,
            String township,
            String reportId,
            String when,
            boolean unread,
            String severity) {

        public static Item of(InboxDoc doc) {
            return new Item(
                    doc.id(),
                    NotificationKinds.label(doc.kind() == null ? doc.eventType() : doc.kind()),
                    doc.title(),
                    doc.message(),
                    doc.townshipCode(),
                    doc.reportId(),
                    ChineseDates.minute(doc.createdAt()),
                    doc.readAt() == null,
                    doc.severity());
        }
    }

    public static InboxPage of(InboxDoc.Page page, long unread, String kind, String township) {
        return new InboxPage(
                page.items().stream().map(Item::of).toList(),
                page.total(),
                unread,
                kind == null ? "" : kind,
                township == null ? "" : township);
    }

    public Map<String, String> kinds() {
        return NotificationKinds.ALL;
    }

    /** The live stream's address with the page's filters, so new items match what is shown. */
    public String streamUrl() {
        StringBuilder url = new StringBuilder("/inbox/stream");
        String sep = "?";
        if (!kind.isEmpty()) {
            url.append(sep).append("kind=").append(kind);
            sep = "&";
        }
        if (!township.isEmpty()) {
            url.append(sep).append("township=").append(township);
        }
        return url.toString();
    }
}
