package io.fazhi.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TokenRulesTest {

    @Test
    void aTokenIssuedMoreThanAMinuteAheadIsRefusedWithinTheSkewItIsNot() {
        assertThat(TokenRules.issuedInTheFuture(1_000 + 61, 1_000)).isTrue();
        assertThat(TokenRules.issuedInTheFuture(1_000 + 60, 1_000)).isFalse();
        assertThat(TokenRules.issuedInTheFuture(900, 1_000)).isFalse();
    }

    @Test
    void aTokenInSeveralGroupsActsWithTheWidestAndUnknownGroupsAreIgnored() {
        assertThat(TokenRules.actingGroup(List.of("township", "county-office"))).contains(Group.COUNTY_OFFICE);
        assertThat(TokenRules.actingGroup(List.of("city-office", "admin", "township")))
                .contains(Group.ADMIN);
        assertThat(TokenRules.actingGroup(List.of("importer", "township"))).contains(Group.TOWNSHIP);
        assertThat(TokenRules.actingGroup(List.of("importer"))).isEmpty();
        assertThat(TokenRules.actingGroup(null)).isEmpty();
    }

    @Test
    void aVerifiedTokenIsRememberedUntilItExpiresNotAfter() {
        AtomicLong now = new AtomicLong(1_000);
        VerifiedTokens<Long> tokens = new VerifiedTokens<>(expiry -> expiry, now::get);
        tokens.remember("a.b.c", 1_030L);
        assertThat(tokens.known("a.b.c")).contains(1_030L);
        assertThat(tokens.known("x.y.z")).isEmpty();
        now.set(1_030);
        assertThat(tokens.known("a.b.c")).isEmpty();
    }
}
