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
    /** The audience every service and the gateway require ({@code mp.jwt.verify.audiences}). */
    public static final String AUDIENCE = "fazhi";

    public static final Set<String> GROUPS =
            Set.of("township", "county-office", "city-office", "province-office", "admin");

    private static PrivateKey key;

    private DevTokens() {}

    /** The role that, beside a group, lets a system import reports with their original date of submission. */
    public static final String IMPORTER = "importer";

    public static String mint(String group, String place) {
        return mint(group, place, Duration.ofHours(12));
    }

    /** A token of {@code group} that may also import earlier years' reports. */
    public static String mintImporter(String group, String place) {
        return mint(group, place, Duration.ofHours(12), IMPORTER);
    }

    /**
     * A token that expires after {@code lifetime}; a negative lifetime makes an expired token.
     *
     * @param roles further entries of the groups claim ({@link #IMPORTER})
     */
    public static String mint(String group, String place, Duration lifetime, String... roles) {
        if (!GROUPS.contains(group)) {
            throw new IllegalArgumentException("unknown group " + group + "; one of " + GROUPS);
        }
        Set<String> groups = new java.util.LinkedHashSet<>(Set.of(roles));
        groups.add(group);
        long now = System.currentTimeMillis() / 1000;
        return Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(group + ":" + (place == null ? "all" : place))
                .groups(groups)
                .claim("place", place == null ? "" : place)
                .issuedAt(Math.min(now, now + lifetime.toSeconds()) - 1)
                .expiresAt(now + lifetime.toSeconds())
                .sign(privateKey());
    }

    /**
     * The repository's development key, or the PEM file FAZHI_DEV_SIGNING_KEY names: a development
     * cluster trusts a key pair of its own (deploy/kubernetes/README.md), never the public one here.
     */
    private static synchronized PrivateKey privateKey() {
        if (key == null) {
            String own = System.getenv("FAZHI_DEV_SIGNING_KEY");
            try {
                key = own == null || own.isBlank()
                        ? KeyUtils.readPrivateKey("dev-jwt/privateKey.pem")
                        : KeyUtils.decodePrivateKey(java.nio.file.Files.readString(java.nio.file.Path.of(own)));
            } catch (Exception e) {
                throw new IllegalStateException("cannot read the development signing key", e);
            }
        }
        return key;
    }
}
