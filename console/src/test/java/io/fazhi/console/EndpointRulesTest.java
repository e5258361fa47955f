package io.fazhi.console;

import io.fazhi.local.ArchitectureRules;
import org.junit.jupiter.api.Test;

/** The console's pages declare how the user's place is checked, as every endpoint of the suite does. */
class EndpointRulesTest {

    @Test
    void everyPageDeclaresHowItChecksTheUsersPlace() {
        ArchitectureRules.everyEndpointDeclaresHowItChecksTheCallersPlace(
                ArchitectureRules.classesOf("io.fazhi.console"));
    }
}
