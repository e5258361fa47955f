package io.fazhi.platform.identity;

import io.fazhi.core.identity.Group;
import io.fazhi.core.identity.TokenRules;
import io.fazhi.core.problem.ProblemType;
import io.fazhi.platform.problem.ProblemException;
import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The caller of the current request, from the verified bearer token's {@code groups} and {@code place} claims. */
@RequestScoped
public class CallerIdentity {

    @Inject
    JsonWebToken token;

    /** Read once per request: the JWT library answers a custom claim by throwing and catching an exception. */
    private Caller caller;

    public Caller current() {
        if (caller == null) {
            caller = fromToken();
        }
        return caller;
    }

    private Caller fromToken() {
        if (token == null || token.getRawToken() == null) {
            throw new UnauthorizedException();
        }
        if (TokenRules.issuedInTheFuture(token.getIssuedAtTime(), System.currentTimeMillis() / 1000)) {
            throw new UnauthorizedException();
        }
        Group group = TokenRules.actingGroup(token.getGroups())
                .orElseThrow(() -> new ProblemException(ProblemType.FORBIDDEN, "the token names no known group"));
        String place = Optional.ofNullable(token.<Object>getClaim("place"))
                .map(Object::toString)
                .orElse("")
                .trim();
        if (group != Group.ADMIN
                && (place.length() != group.placeCodeLength() || !place.chars().allMatch(Character::isDigit))) {
            throw new ProblemException(
                    ProblemType.FORBIDDEN,
                    "a " + group.claim() + " token needs a " + group.placeCodeLength() + "-digit place claim");
        }
        return new Caller(
                token.getSubject(), group, group == Group.ADMIN ? "" : place, TokenRules.importer(token.getGroups()));
    }
}
