package io.fazhi.notification.send;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Sends a notification as a plain-text e-mail through the configured SMTP server. */
@ApplicationScoped
public class EmailSender {

    @Inject
    ReactiveMailer mailer;

    @Inject
    SendConfig config;

    public Uni<SendResult> send(String address, String messageId, String subject, String body) {
        Mail mail = Mail.withText(address, subject, body).addHeader("X-Fazhi-Message-Id", messageId);
        return mailer.send(mail)
                .ifNoItem()
                .after(config.timeout())
                .fail()
                .map(done -> SendResult.delivered(null))
                .onFailure()
                .recoverWithItem(failure -> SendResult.retryable(
                        null,
                        "SMTP: "
                                + (failure.getMessage() == null
                                        ? failure.getClass().getSimpleName()
                                        : failure.getMessage()),
                        null));
    }
}
