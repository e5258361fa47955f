package io.fazhi.notification.inbox;

import io.fazhi.core.problem.ProblemType;
import io.fazhi.platform.problem.ProblemException;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The live inbox for dashboards (Server-Sent Events). It follows the inbox table rather than this
 * instance's own consumer, so a dashboard connected to any replica sees every item, and one that
 * reconnects with {@code Last-Event-ID} gets what it missed.
 */
@ApplicationScoped
public class InboxFeed {

    private static final int BATCH = 1000;

    private record Listener(String subject, String prefix, SseEventSink sink, Sse sse, AtomicLong cursor) {}

    @Inject
    InboxStore store;

    private final Set<Listener> listeners = ConcurrentHashMap.newKeySet();

    @Inject
    InboxConfig config;

    /**
     * Streams items under {@code prefix} after {@code lastEventId}, or from now when it is null; a
     * 429 problem when {@code subject} already holds its share of streams.
     */
    public synchronized void open(String subject, String prefix, Long lastEventId, SseEventSink sink, Sse sse) {
        listeners.removeIf(l -> l.sink().isClosed());
        if (listeners.stream().filter(l -> l.subject().equals(subject)).count() >= config.maxStreamsPerCaller()) {
            throw new ProblemException(
                    ProblemType.TOO_MANY_REQUESTS,
                    "at most " + config.maxStreamsPerCaller()
                            + " live inbox streams per caller are open at once; close one first");
        }
        long cursor = lastEventId != null ? lastEventId : store.latestId();
        listeners.add(new Listener(subject, prefix, sink, sse, new AtomicLong(cursor)));
        sink.send(sse.newEventBuilder()
                .comment("inbox of " + (prefix.isEmpty() ? "every place" : prefix))
                .build());
    }

    @Scheduled(
            every = "${fazhi.inbox.stream-poll}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void push() {
        listeners.removeIf(l -> l.sink().isClosed());
        if (listeners.isEmpty()) {
            return;
        }
        long from = listeners.stream().mapToLong(l -> l.cursor().get()).min().orElseThrow();
        List<InboxItem> items = store.after(from, BATCH);
        for (Listener listener : listeners) {
            for (InboxItem item : items) {
                if (item.id > listener.cursor().get() && item.place.startsWith(listener.prefix())) {
                    send(listener, event(listener.sse(), item));
                }
            }
            if (!items.isEmpty()) {
                listener.cursor().accumulateAndGet(items.get(items.size() - 1).id, Math::max);
            }
        }
    }

    /** A comment now and then keeps proxies from closing a quiet stream, and finds closed ones. */
    @Scheduled(every = "15s", skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void heartbeat() {
        for (Listener listener : listeners) {
            send(
                    listener,
                    listener.sse().newEventBuilder().comment("keep-alive").build());
        }
    }

    public int listeners() {
        return listeners.size();
    }

    private void send(Listener listener, OutboundSseEvent event) {
        if (listener.sink().isClosed()) {
            listeners.remove(listener);
            return;
        }
        listener.sink().send(event).exceptionally(failure -> {
            listeners.remove(listener);
            return null;
        });
    }

    private static OutboundSseEvent event(Sse sse, InboxItem item) {
        return sse.newEventBuilder()
                .id(Long.toString(item.id))
                .name("notification")
                .mediaType(MediaType.APPLICATION_JSON_TYPE)
                .data(InboxView.class, InboxView.of(item))
                .build();
    }
}
