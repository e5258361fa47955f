package io.fazhi.platform.identity;

import io.fazhi.platform.problem.ProblemException;
import io.fazhi.platform.problem.ProblemType;
import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The caller of the current request, from the verified bearer token's {@code groups} and {@code place} claims. */
@RequestScoped
public class CallerIdentity {

    /** How far a token's iat may run ahead of this clock. */
    private static final long CLOCK_SKEW_SECONDS = 60;

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
        // SmallRye JWT checks a token's age, not an issue time ahead of the clock (a forged lifetime).
        if (token.getIssuedAtTime() > System.currentTimeMillis() / 1000 + CLOCK_SKEW_SECONDS) {
            throw new UnauthorizedException();
        }
        // A token in several groups acts with the widest: admin, then province … township.
        Group group = token.getGroups().stream()
                .map(Group::ofClaim).flatMap(Optional::stream)
                .min(Comparator.comparingInt(Group::placeCodeLength).thenComparing(Comparator.naturalOrder()))
                .orElseThrow(() -> new ProblemException(ProblemType.FORBIDDEN, "the token names no known group"));
        String place = Optional.ofNullable(token.<Object>getClaim("place")).map(Object::toString).orElse("").trim();
        if (group != Group.ADMIN && (place.length() != group.placeCodeLength() || !place.chars().allMatch(Character::isDigit))) {
            throw new ProblemException(ProblemType.FORBIDDEN, "a " + group.claim() + " token needs a "
                    + group.placeCodeLength() + "-digit place claim");
        }
        return new Caller(token.getSubject(), group, group == Group.ADMIN ? "" : place,
                token.getGroups().contains(Caller.IMPORTER_ROLE));
    }
}
