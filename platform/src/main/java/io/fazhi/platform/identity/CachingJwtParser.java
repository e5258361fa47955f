package io.fazhi.platform.identity;

import io.fazhi.core.identity.VerifiedTokens;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.function.LongSupplier;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The services' bearer-token parser: SmallRye JWT's, with every token it verified remembered
 * ({@link VerifiedTokens}: a minute, never past the token's own expiry). Government systems send the same token with many
 * requests; each would otherwise cost a signature check and two JSON parses (a tenth of what a
 * report submission allocates). A token that fails is not remembered.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class CachingJwtParser implements JWTParser {

    @Inject
    DefaultJWTParser delegate;

    /** Expiry is a matter of real time, not of the business clock tests may fix. */
    LongSupplier nowSeconds = () -> System.currentTimeMillis() / 1000;

    private final VerifiedTokens<JsonWebToken> verified =
            new VerifiedTokens<>(JsonWebToken::getExpirationTime, () -> nowSeconds.getAsLong());

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        var known = verified.known(token);
        if (known.isPresent()) {
            return known.get();
        }
        JsonWebToken jwt = delegate.parse(token);
        verified.remember(token, jwt);
        return jwt;
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return delegate.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return delegate.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return delegate.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return delegate.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return delegate.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return delegate.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return delegate.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return delegate.parseOnly(token);
    }
}
