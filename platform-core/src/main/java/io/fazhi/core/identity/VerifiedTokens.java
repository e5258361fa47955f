package io.fazhi.core.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.ToLongFunction;

/**
 * Tokens verified once, remembered for a minute and never past their own expiry: government
 * systems and dashboards send the same token with many requests, and each would otherwise cost a
 * signature check. A token that fails is never remembered. Used by the gateway and the services.
 *
 * @param <T> what a verified token is kept as
 */
public final class VerifiedTokens<T> {

    private final Cache<String, T> verified = Caffeine.newBuilder()
            .maximumSize(50_000)
            .expireAfterWrite(Duration.ofMinutes(1))
            .build();
    private final ToLongFunction<T> expiresAtSeconds;
    private final LongSupplier nowSeconds;

    /** @param nowSeconds expiry is a matter of real time, not of the business clock tests may fix */
    public VerifiedTokens(ToLongFunction<T> expiresAtSeconds, LongSupplier nowSeconds) {
        this.expiresAtSeconds = expiresAtSeconds;
        this.nowSeconds = nowSeconds;
    }

    public VerifiedTokens(ToLongFunction<T> expiresAtSeconds) {
        this(expiresAtSeconds, () -> System.currentTimeMillis() / 1000);
    }

    /** The token as verified before, while it has not expired. */
    public Optional<T> known(String token) {
        T known = verified.getIfPresent(token);
        return known != null && expiresAtSeconds.applyAsLong(known) > nowSeconds.getAsLong()
                ? Optional.of(known)
                : Optional.empty();
    }

    public void remember(String token, T verifiedToken) {
        verified.put(token, verifiedToken);
    }
}
