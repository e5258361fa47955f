package io.fazhi.notification.subscription;

import io.fazhi.core.identity.Group;
import io.fazhi.core.problem.ProblemType;
import io.fazhi.events.Severity;
import io.fazhi.notification.notice.NoticeKinds;
import io.fazhi.notification.notice.NoticeMessages;
import io.fazhi.notification.send.SendResult;
import io.fazhi.notification.send.TargetPolicy;
import io.fazhi.notification.send.WebhookConfig;
import io.fazhi.notification.send.WebhookSender;
import io.fazhi.notification.send.WebhookSigner;
import io.fazhi.platform.api.PageOf;
import io.fazhi.platform.identity.Caller;
import io.fazhi.platform.identity.PlaceAccess;
import io.fazhi.platform.places.PlaceDirectory;
import io.fazhi.platform.problem.Problem;
import io.fazhi.platform.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Subscribing, verifying, rotating secrets, pausing and resuming: every change checked against the
 * caller's place. Only offices subscribe: a township's county office is told about it.
 */
@ApplicationScoped
public class Subscriptions {

    @Inject
    Clock clock;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"]{1,64}@[A-Za-z0-9.-]{1,189}\\.[A-Za-z]{2,}");

    @Inject
    PlaceDirectory places;

    @Inject
    TargetPolicy targets;

    @Inject
    SubscriptionStore store;

    @Inject
    WebhookSender webhooks;

    @Inject
    DigestConfig digests;

    @Inject
    WebhookConfig webhookConfig;

    /** A new subscription and, for a webhook, its secret (shown this once). */
    public record Created(Subscription subscription, String secret) {}

    public Created create(SubscriptionRequest request, Caller caller) {
        requireOffice(caller);
        List<Problem.FieldError> errors = new ArrayList<>();
        if (places.byCode(request.place()).isEmpty()) {
            errors.add(new Problem.FieldError("place", "no place has the code " + request.place()));
        }
        LinkedHashSet<String> kinds = new LinkedHashSet<>(request.kinds());
        kinds.stream()
                .filter(k -> !NoticeKinds.known(k))
                .findFirst()
                .ifPresent(k -> errors.add(new Problem.FieldError("kinds", "unknown kind " + k)));
        targetErrors(request).ifPresent(errors::add);
        Duration digest = null;
        if (request.digest() != null) {
            try {
                digest = digest(request);
            } catch (IllegalArgumentException e) {
                errors.add(new Problem.FieldError("digest", e.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, "the subscription is not valid", errors);
        }
        PlaceAccess.require(caller, request.place());
        Instant now = clock.instant();
        Subscription subscription = new Subscription();
        subscription.id = UUID.randomUUID();
        subscription.place = request.place();
        subscription.channel = request.channel().wire();
        subscription.kinds = String.join(",", kinds);
        subscription.target =
                request.channel() == Channel.INBOX ? null : request.target().trim();
        subscription.minSeverity = (request.minSeverity() == null ? Severity.INFO : request.minSeverity()).wire();
        subscription.digestSeconds = digest == null ? null : (int) digest.toSeconds();
        subscription.digestDueAt = digest == null ? null : now.plus(digest);
        subscription.secret = request.channel() == Channel.WEBHOOK ? WebhookSigner.newSecret() : null;
        subscription.status(
                request.channel() == Channel.WEBHOOK
                        ? SubscriptionStatus.PENDING_VERIFICATION
                        : SubscriptionStatus.ACTIVE,
                request.channel() == Channel.WEBHOOK ? "awaiting a 2xx answer to the signed verification ping" : null,
                now);
        subscription.createdBy = caller.subject();
        subscription.createdAt = now;
        QuarkusTransaction.requiringNew().run(() -> subscription.persist());
        if (subscription.channel() == Channel.WEBHOOK) {
            return new Created(verify(subscription.id), subscription.secret);
        }
        return new Created(subscription, null);
    }

    /** The subscription, if the caller may see it; 404 otherwise, so other places' ids stay secret. */
    public Subscription find(UUID id, Caller caller) {
        return visibleTo(id, caller).orElseThrow(() -> ProblemException.notFound("no subscription " + id));
    }

    /** Whether the subscription exists and the caller may see it. */
    public boolean visible(UUID id, Caller caller) {
        return visibleTo(id, caller).isPresent();
    }

    private static Optional<Subscription> visibleTo(UUID id, Caller caller) {
        return Subscription.<Subscription>findByIdOptional(id).filter(s -> PlaceAccess.allows(caller, s.place));
    }

    /** The subscriptions under a place code (the caller's own place when none is given), after the place check. */
    public PageOf<Subscription> list(String place, Caller caller, int page, int size) {
        if (place != null) {
            PlaceAccess.require(caller, place);
        }
        return store.under(place == null ? caller.scope() : place, page, size);
    }

    /** Sends the verification ping again, for a subscription the caller may see. */
    public Subscription verify(UUID id, Caller caller) {
        find(id, caller);
        return verify(id);
    }

    /**
     * Sends the signed verification ping; a 2xx answer activates a webhook (a paused one resumes, and
     * its waiting deliveries go out). Any other answer leaves it as it was, with the reason.
     */
    private Subscription verify(UUID id) {
        Subscription subscription =
                QuarkusTransaction.requiringNew().call(() -> Subscription.<Subscription>findById(id));
        if (subscription.channel() != Channel.WEBHOOK) {
            return activate(id, null);
        }
        String body = NoticeMessages.json(Map.of(
                "type",
                "webhook.verification",
                "timestamp",
                clock.instant().toString(),
                "data",
                Map.of("subscriptionId", id.toString(), "place", subscription.place)));
        SendResult result = webhooks.send(
                        subscription.target,
                        "verify_" + UUID.randomUUID(),
                        body,
                        subscription.secret,
                        subscription.previousSecretSigningAt(clock.instant()))
                .await()
                .atMost(webhooks.timeout().plusSeconds(5));
        if (result.outcome() == SendResult.Outcome.DELIVERED) {
            return activate(id, null);
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            Subscription current = Subscription.findById(id);
            current.statusReason = "verification failed: " + result.error();
            current.updatedAt = clock.instant();
            return current;
        });
    }

    /** Pauses a subscription the caller may see; its notifications wait. */
    public Subscription pause(UUID id, Caller caller) {
        find(id, caller);
        return pause(id, "paused by " + caller.subject());
    }

    private Subscription pause(UUID id, String reason) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Subscription subscription = Subscription.findById(id);
            subscription.status(SubscriptionStatus.PAUSED, reason, clock.instant());
            return subscription;
        });
    }

    /** A webhook resumes once it answers the verification ping again; others at once. */
    public Subscription resume(UUID id, Caller caller) {
        find(id, caller);
        return verify(id);
    }

    /** A new secret, shown once; the old one keeps signing for the overlap period. */
    public String rotateSecret(UUID id, Caller caller) {
        find(id, caller);
        return QuarkusTransaction.requiringNew().call(() -> {
            Subscription subscription = Subscription.findById(id);
            if (subscription.channel() != Channel.WEBHOOK) {
                throw ProblemException.conflict("only webhook subscriptions have a secret");
            }
            Instant now = clock.instant();
            subscription.previousSecret = subscription.secret;
            subscription.previousSecretUntil = now.plus(webhookConfig.secretOverlap());
            subscription.secret = WebhookSigner.newSecret();
            subscription.updatedAt = now;
            return subscription.secret;
        });
    }

    /** Removes a subscription the caller may see, with its deliveries; its inbox items stay. */
    public void delete(UUID id, Caller caller) {
        find(id, caller);
        QuarkusTransaction.requiringNew().run(() -> Subscription.deleteById(id));
    }

    private Subscription activate(UUID id, String reason) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Subscription subscription = Subscription.findById(id);
            subscription.status(SubscriptionStatus.ACTIVE, reason, clock.instant());
            subscription.consecutiveFailures = 0;
            return subscription;
        });
    }

    private static void requireOffice(Caller caller) {
        if (caller.group() == Group.TOWNSHIP) {
            throw new ProblemException(
                    ProblemType.FORBIDDEN, "townships do not subscribe; their county office is notified");
        }
    }

    private Optional<Problem.FieldError> targetErrors(SubscriptionRequest request) {
        String target = request.target() == null ? null : request.target().trim();
        return switch (request.channel()) {
            case INBOX ->
                target == null || target.isEmpty()
                        ? Optional.empty()
                        : Optional.of(new Problem.FieldError("target", "the inbox takes no target"));
            case EMAIL ->
                target != null
                                && target.length() <= 254
                                && EMAIL.matcher(target).matches()
                        ? Optional.empty()
                        : Optional.of(new Problem.FieldError("target", "an e-mail address is required"));
            case WEBHOOK ->
                target == null || target.isEmpty()
                        ? Optional.of(new Problem.FieldError("target", "a webhook URL is required"))
                        : targets.refusal(target).map(reason -> new Problem.FieldError("target", reason));
        };
    }

    private Duration digest(SubscriptionRequest request) {
        if (request.channel() == Channel.INBOX) {
            throw new IllegalArgumentException("the inbox lists every notice; digests are for webhook and email");
        }
        Duration period;
        try {
            period = request.digest().equalsIgnoreCase("daily") ? Duration.ofDays(1) : Duration.parse(request.digest());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("must be an ISO-8601 duration such as PT30M, or daily");
        }
        if (period.compareTo(digests.minPeriod()) < 0 || period.compareTo(Duration.ofDays(7)) > 0) {
            throw new IllegalArgumentException("must be between " + digests.minPeriod() + " and P7D");
        }
        return period;
    }
}
