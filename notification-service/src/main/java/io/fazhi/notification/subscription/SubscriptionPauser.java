package io.fazhi.notification.subscription;

import io.fazhi.events.Severity;
import io.fazhi.notification.inbox.InboxStore;
import io.fazhi.notification.notice.LinkConfig;
import io.fazhi.notification.notice.Notice;
import io.fazhi.notification.notice.NoticeKinds;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Pauses a webhook that keeps failing, so retries stop hammering it, and tells its office in the
 * inbox: its deliveries wait, and are sent once the office resumes the subscription.
 */
@ApplicationScoped
public class SubscriptionPauser {

    @Inject
    Clock clock;

    private static final Logger LOG = Logger.getLogger(SubscriptionPauser.class);

    @Inject
    InboxStore inbox;

    @Inject
    LinkConfig links;

    /** In the caller's transaction; does nothing when the subscription is not active. */
    public void pauseFailing(UUID subscriptionId, String reason) {
        QuarkusTransaction.joiningExisting().run(() -> {
            Subscription subscription = Subscription.findById(subscriptionId);
            if (subscription == null || subscription.status() != SubscriptionStatus.ACTIVE) {
                return;
            }
            Instant now = clock.instant();
            subscription.status(SubscriptionStatus.PAUSED, reason, now);
            LOG.warnf("paused webhook subscription %s of %s: %s", subscriptionId, subscription.place, reason);
            inbox.add(
                    subscription.place,
                    subscriptionId,
                    new Notice(
                            NoticeKinds.SUBSCRIPTION_PAUSED + ":" + subscriptionId + ":" + now.toEpochMilli(),
                            NoticeKinds.SUBSCRIPTION_PAUSED,
                            NoticeKinds.SUBSCRIPTION_PAUSED,
                            Severity.WARNING,
                            subscription.place,
                            List.of(),
                            Notice.countyOf(subscription.place),
                            null,
                            0,
                            null,
                            "【Webhook推送已暂停】" + subscription.target,
                            reason + "。待推送的通知已保留，恢复订阅后补发：POST " + links.baseUrl() + "/api/v1/subscriptions/"
                                    + subscriptionId + "/resume",
                            links.baseUrl() + "/api/v1/subscriptions/" + subscriptionId,
                            now,
                            Map.of("subscriptionId", subscriptionId.toString())));
        });
    }
}
