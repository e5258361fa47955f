package io.fazhi.report;

import io.fazhi.local.InfrastructureTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** Every test of this module runs against the real PostgreSQL (reports) and Kafka broker of deploy/local. */
@WithTestResource(
        value = InfrastructureTestResource.class,
        scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "reports"))
public class ReportTestInfrastructure {}
