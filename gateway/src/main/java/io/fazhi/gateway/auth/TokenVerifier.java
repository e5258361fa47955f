package io.fazhi.gateway.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Verifies bearer tokens — signature, expiry, issuer, audience, an issue time not ahead of the
 * clock — with SmallRye JWT and the same
 * {@code mp.jwt.verify.*} configuration the services use. A token verified once is remembered for
 * a minute (never past its expiry), so a dashboard's requests cost one signature check, not one each.
 */
@ApplicationScoped
public class TokenVerifier {

    /** How far a token's iat may run ahead of this clock; SmallRye JWT checks only its age. */
    static final long CLOCK_SKEW_SECONDS = 60;

    @Inject
    JWTParser parser;

    private final Cache<String, Caller> verified = Caffeine.newBuilder()
            .maximumSize(50_000)
            .expireAfterWrite(Duration.ofMinutes(1))
            .build();

    /** The caller; a failed future with the reason when the token is not valid. */
    public Future<Caller> verify(Vertx vertx, String token) {
        Caller known = verified.getIfPresent(token);
        if (known != null && known.expiresAtSeconds() > System.currentTimeMillis() / 1000) {
            return Future.succeededFuture(known);
        }
        // Off the event loop: with a JWKS location the parser may fetch keys.
        return vertx.executeBlocking(() -> {
            JsonWebToken jwt;
            try {
                jwt = parser.parse(token);
            } catch (ParseException e) {
                throw new InvalidTokenException(e.getMessage());
            }
            if (jwt.getIssuedAtTime() > System.currentTimeMillis() / 1000 + CLOCK_SKEW_SECONDS) {
                throw new InvalidTokenException("the token is issued in the future");
            }
            String group = jwt.getGroups() == null || jwt.getGroups().isEmpty() ? "" : jwt.getGroups().iterator().next();
            Object place = jwt.getClaim("place");
            Caller caller = new Caller(jwt.getSubject(), group, place == null ? "" : place.toString(), jwt.getExpirationTime());
            verified.put(token, caller);
            return caller;
        }, false);
    }

    /** A token the gateway refuses: the client gets 401. */
    public static class InvalidTokenException extends RuntimeException {
        public InvalidTokenException(String message) {
            super(message);
        }
    }
}
