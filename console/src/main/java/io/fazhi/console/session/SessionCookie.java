package io.fazhi.console.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.NewCookie;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The session cookie: the user's token, never readable by scripts, never sent by another site. */
@ApplicationScoped
public class SessionCookie {

    /** The cookie's name; mp.jwt.token.cookie names the same. */
    public static final String NAME = "fazhi_session";

    /** Secure (HTTPS only) everywhere but the local suite, which serves plain HTTP on localhost. */
    @ConfigProperty(name = "fazhi.console.secure-cookie", defaultValue = "true")
    boolean secure;

    /** How long a sign-in lasts: the token's own lifetime. */
    @ConfigProperty(name = "fazhi.console.session-length", defaultValue = "PT8H")
    Duration length;

    public NewCookie holding(String token) {
        return cookie(token, (int) length.toSeconds());
    }

    /** The cookie that ends the session: empty and already expired. */
    public NewCookie cleared() {
        return cookie("", 0);
    }

    public Duration length() {
        return length;
    }

    private NewCookie cookie(String value, int maxAge) {
        return new NewCookie.Builder(NAME)
                .value(value)
                .path("/")
                .maxAge(maxAge)
                .httpOnly(true)
                .secure(secure)
                .sameSite(NewCookie.SameSite.STRICT)
                .build();
    }
}
