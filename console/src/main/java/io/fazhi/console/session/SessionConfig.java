package io.fazhi.console.session;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How people sign in to the console and how long they stay ({@code fazhi.console.*}). */
@ConfigMapping(prefix = "fazhi.console")
public interface SessionConfig {

    /** Whether the demo sign-in page exists: true only in the local profile and tests; elsewhere it is the identity provider's. */
    @WithDefault("false")
    boolean demoSignIn();

    /** Secure (HTTPS only) cookies everywhere but the local suite, which serves plain HTTP on localhost. */
    @WithDefault("true")
    boolean secureCookie();

    /** How long a sign-in lasts: the token's own lifetime. */
    @WithDefault("PT8H")
    Duration sessionLength();
}
