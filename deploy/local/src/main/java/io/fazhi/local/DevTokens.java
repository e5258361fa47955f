package io.fazhi.local;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.Set;

/**
 * Bearer tokens for demo callers, signed with the development key pair, for the local suite's
 * {@code token} command and for tests. Claims follow DESIGN.md: {@code groups} and {@code place}.
 */
public final class DevTokens {

    /** The issuer services expect in the dev, test and local profiles. */
    public static final String ISSUER = "urn:fazhi:dev";
    public static final Set<String> GROUPS =
            Set.of("township", "county-office", "city-office", "province-office", "admin");

    private static PrivateKey key;

    private DevTokens() {
    }

    public static String mint(String group, String place) {
        return mint(group, place, Duration.ofHours(12));
    }

    /** A token that expires after {@code lifetime}; a negative lifetime makes an expired token. */
    public static String mint(String group, String place, Duration lifetime) {
        if (!GROUPS.contains(group)) {
            throw new IllegalArgumentException("unknown group " + group + "; one of " + GROUPS);
        }
        long now = System.currentTimeMillis() / 1000;
        return Jwt.issuer(ISSUER)
                .subject(group + ":" + (place == null ? "all" : place))
                .groups(group)
                .claim("place", place == null ? "" : place)
                .issuedAt(Math.min(now, now + lifetime.toSeconds()) - 1)
                .expiresAt(now + lifetime.toSeconds())
                .sign(privateKey());
    }

    private static synchronized PrivateKey privateKey() {
        if (key == null) {
            try {
                key = KeyUtils.readPrivateKey("dev-jwt/privateKey.pem");
            } catch (Exception e) {
                throw new IllegalStateException("cannot read the development signing key", e);
            }
        }
        return key;
    }
}
