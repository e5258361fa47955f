package io.fazhi.core.identity;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * What the suite asks of a bearer token beyond SmallRye JWT's checks, for the gateway and the
 * services alike: an issue time not ahead of the clock, and the group a token acts with.
 */
public final class TokenRules {

    /**
     * The role beside a group (in the groups claim) of a system that imports reports: it may give an
     * earlier year's report its original date of submission, and the gateway lets it send faster.
     */
    public static final String IMPORTER_ROLE = "importer";

    /** How far a token's iat may run ahead of this clock. */
    public static final long CLOCK_SKEW_SECONDS = 60;

    private TokenRules() {}

    /** SmallRye JWT checks a token's age, not an issue time ahead of the clock (a forged lifetime). */
    public static boolean issuedInTheFuture(long issuedAtSeconds, long nowSeconds) {
        return issuedAtSeconds > nowSeconds + CLOCK_SKEW_SECONDS;
    }

    /** Whether the groups claim carries the {@link #IMPORTER_ROLE}. */
    public static boolean importer(Collection<String> claims) {
        return claims != null && claims.contains(IMPORTER_ROLE);
    }

    /** A token in several groups acts with the widest: admin, then province … township; none known, empty. */
    public static Optional<Group> actingGroup(Collection<String> claims) {
        return claims == null
                ? Optional.empty()
                : claims.stream()
                        .map(Group::ofClaim)
                        .flatMap(Optional::stream)
                        .min(Comparator.comparingInt(Group::placeCodeLength).thenComparing(Comparator.naturalOrder()));
    }
}
