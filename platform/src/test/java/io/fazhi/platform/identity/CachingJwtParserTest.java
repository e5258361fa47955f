package io.fazhi.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

class CachingJwtParserTest {

    /** Stands in for SmallRye's parser: counts verifications; "bad" tokens fail, others expire at 1000. */
    private static final class CountingParser extends DefaultJWTParser {
        final List<String> verified = new ArrayList<>();

        @Override
        public JsonWebToken parse(String token) throws ParseException {
            verified.add(token);
            if (token.startsWith("bad")) {
                throw new ParseException("signature does not verify");
            }
            return token(token, 1000);
        }
    }

    private final CountingParser delegate = new CountingParser();
    private final CachingJwtParser parser = new CachingJwtParser();

    CachingJwtParserTest() {
        parser.delegate = delegate;
        parser.nowSeconds = () -> 900;
    }

    @Test
    void aTokenIsVerifiedOnceWhileItIsValid() throws ParseException {
        JsonWebToken first = parser.parse("token-a");
        assertThat(parser.parse("token-a")).isSameAs(first);
        parser.parse("token-b");
        assertThat(delegate.verified).containsExactly("token-a", "token-b");
    }

    @Test
    void anExpiredTokenIsVerifiedAgainNotServedFromMemory() throws ParseException {
        parser.parse("token-a");
        parser.nowSeconds = () -> 1000;
        parser.parse("token-a");
        assertThat(delegate.verified).containsExactly("token-a", "token-a");
    }

    @Test
    void aTokenThatFailsIsNotRemembered() {
        assertThatThrownBy(() -> parser.parse("bad-token")).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> parser.parse("bad-token")).isInstanceOf(ParseException.class);
        assertThat(delegate.verified).containsExactly("bad-token", "bad-token");
    }

    private static JsonWebToken token(String name, long expiresAt) {
        return new JsonWebToken() {
            @Override
            public String getName() {
                return name;
            }

            @Override
            public Set<String> getClaimNames() {
                return Set.of("exp");
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String claimName) {
                return "exp".equals(claimName) ? (T) Long.valueOf(expiresAt) : null;
            }
        };
    }
}
