package io.fazhi.gateway;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** Every gateway test routes to the same three stand-in services. */
@WithTestResource(value = StubServices.class, scope = TestResourceScope.GLOBAL)
public class GatewayTestServices {}
