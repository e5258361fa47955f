package io.fazhi.console.session;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is signed in: the session cookie's token, verified by SmallRye JWT as the services verify it
 * (issuer, audience, signature, expiry). Its place and group decide which pages a user is offered;
 * what the user may read is still decided by the services, which get the same token.
 */
@RequestScoped
@Named("user")
public class SignedIn {

    private static final Set<String> OFFICES = Set.of("county-office", "city-office", "province-office", "admin");

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

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
        String place = token.getClaim("place");
        return place == null ? "" : place;
    }

    /** Who the user is to the identity provider: the token's subject. */
    public String subject() {
        return token.getSubject() == null ? "" : token.getSubject();
    }

    /** The value of the Authorization header the console sends the API on the user's behalf. */
    public String bearer() {
        return "Bearer " + token.getRawToken();
    }
}
