package io.fazhi.gateway.auth;

import io.fazhi.core.identity.TokenRules;
import io.fazhi.core.identity.VerifiedTokens;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Verifies bearer tokens — signature, expiry, issuer, audience, an issue time not ahead of the
 * clock ({@code TokenRules}, as the services) — with SmallRye JWT and the same
 * {@code mp.jwt.verify.*} configuration the services use. A token verified once is remembered
 * ({@code VerifiedTokens}), so a dashboard's requests cost one signature check, not one each.
 */
@ApplicationScoped
public class TokenVerifier {

    @Inject
    JWTParser parser;

    private final VerifiedTokens<VerifiedCaller> verified = new VerifiedTokens<>(VerifiedCaller::expiresAtSeconds);

    /** The caller; a failed future with the reason when the token is not valid. */
    public Future<VerifiedCaller> verify(Vertx vertx, String token) {
        var known = verified.known(token);
        if (known.isPresent()) {
            return Future.succeededFuture(known.get());
        }
        // Off the event loop: with a JWKS location the parser may fetch keys.
        return vertx.executeBlocking(
                () -> {
                    JsonWebToken jwt;
                    try {
                        jwt = parser.parse(token);
                    } catch (ParseException e) {
                        throw new InvalidTokenException(e.getMessage());
                    }
                    if (TokenRules.issuedInTheFuture(jwt.getIssuedAtTime(), System.currentTimeMillis() / 1000)) {
                        throw new InvalidTokenException("the token is issued in the future");
                    }
                    Object place = jwt.getClaim("place");
                    VerifiedCaller caller = new VerifiedCaller(
                            jwt.getSubject(),
                            TokenRules.actingGroup(jwt.getGroups()).orElse(null),
                            place == null ? "" : place.toString(),
                            TokenRules.importer(jwt.getGroups()),
                            jwt.getExpirationTime());
                    verified.remember(token, caller);
                    return caller;
                },
                false);
    }

    /** A token the gateway refuses: the client gets 401. */
    public static class InvalidTokenException extends RuntimeException {
        public InvalidTokenException(String message) {
            super(message);
        }
    }
}
