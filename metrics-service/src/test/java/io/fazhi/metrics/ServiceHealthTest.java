package io.fazhi.metrics;

import io.fazhi.local.ServiceContractTest;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ServiceHealthTest extends ServiceContractTest {

    ServiceHealthTest() {
        super("Township rule-of-law reports — metrics-service");
    }
}
