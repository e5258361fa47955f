package io.fazhi.metrics;

import io.fazhi.local.InfrastructureTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** Every test of this module runs against the real PostgreSQL (metrics) and Kafka broker of deploy/local. */
@WithTestResource(
        value = InfrastructureTestResource.class,
        scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "metrics"))
public class MetricsTestInfrastructure {}
