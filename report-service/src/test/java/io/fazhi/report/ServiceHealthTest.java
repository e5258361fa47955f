package io.fazhi.report;

import io.fazhi.local.ServiceContractTest;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ServiceHealthTest extends ServiceContractTest {

    ServiceHealthTest() {
        super("Township rule-of-law reports — report-service");
    }
}
