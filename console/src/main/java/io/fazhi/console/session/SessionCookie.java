package io.fazhi.console.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.NewCookie;
import java.time.Duration;

/** The session cookie: the user's token, never readable by scripts, never sent by another site. */
@ApplicationScoped
public class SessionCookie {

    /** The cookie's name; mp.jwt.token.cookie names the same. */
    public static final String NAME = "fazhi_session";

    @Inject
    SessionConfig config;

    public NewCookie holding(String token) {
        return cookie(token, (int) config.sessionLength().toSeconds());
    }

    /** The cookie that ends the session: empty and already expired. */
    public NewCookie cleared() {
        return cookie("", 0);
    }

    public Duration length() {
        return config.sessionLength();
    }

    private NewCookie cookie(String value, int maxAge) {
        return new NewCookie.Builder(NAME)
                .value(value)
                .path("/")
                .maxAge(maxAge)
                .httpOnly(true)
                .secure(config.secureCookie())
                .sameSite(NewCookie.SameSite.STRICT)
                .build();
    }
}
