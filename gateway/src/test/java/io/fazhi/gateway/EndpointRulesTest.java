package io.fazhi.gateway;

import io.fazhi.local.ArchitectureRules;
import org.junit.jupiter.api.Test;

/** The gateway's own endpoints declare how the caller's place is checked, as every endpoint of the suite does. */
class EndpointRulesTest {

    @Test
    void everyEndpointDeclaresHowItChecksTheCallersPlace() {
        ArchitectureRules.everyEndpointDeclaresHowItChecksTheCallersPlace(
                ArchitectureRules.classesOf("io.fazhi.gateway"));
    }
}
