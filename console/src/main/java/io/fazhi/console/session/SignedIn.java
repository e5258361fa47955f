package io.fazhi.console.session;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is signed in. In production, through the identity provider (OpenID Connect, authorization
 * code): groups and place come from its tokens, and the access token goes to the API. In the local
 * suite, the demo session cookie's token, verified by SmallRye JWT as the services verify it
 * (issuer, audience, signature, expiry). Its place and group decide which pages a user is offered;
 * what the user may read is still decided by the services, which get the same token.
 */
@RequestScoped
@Named("user")
public class SignedIn {

    private static final Set<String> OFFICES = Set.of("county-office", "city-office", "province-office", "admin");

    @Inject
    SecurityIdentity identity;

    /** Whether anyone is signed in: the pages' header shows the menu and sign-out only then. */
    public boolean signedIn() {
        return !identity.isAnonymous();
    }

    /** An office (or admin): those have an inbox and subscriptions; a township's notices go to its county. */
    public boolean office() {
        return OFFICES.contains(group());
    }

    /** township, county-office, city-office, province-office or admin. */
    public String group() {
        for (String group : new String[] {"admin", "province-office", "city-office", "county-office", "township"}) {
            if (identity.hasRole(group)) {
                return group;
            }
        }
        return "";
    }

    /** The caller's place code: "" for admin. */
    public String place() {
        String place = token() == null ? null : token().getClaim("place");
        return place == null ? "" : place;
    }

    /** Who the user is to the identity provider: the token's subject. */
    public String subject() {
        return token() == null || token().getSubject() == null ? "" : token().getSubject();
    }

    /**
     * The value of the Authorization header the console sends the API on the user's behalf: the
     * access token of an OpenID Connect sign-in, or the demo session's own token.
     */
    public String bearer() {
        AccessTokenCredential access = identity.getCredential(AccessTokenCredential.class);
        return "Bearer " + (access != null ? access.getToken() : token().getRawToken());
    }

    /**
     * The verified token the user signed in with: the identity provider's ID token, or the demo
     * session's token (both mechanisms make it the principal).
     */
    private JsonWebToken token() {
        return identity.getPrincipal() instanceof JsonWebToken jwt ? jwt : null;
    }

    /** Signed in through the identity provider (not the local demo page): its session must end too. */
    public boolean throughIdentityProvider() {
        return identity.getCredential(AccessTokenCredential.class) != null;
    }
}
