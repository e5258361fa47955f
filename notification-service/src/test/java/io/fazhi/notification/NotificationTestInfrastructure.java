package io.fazhi.notification;

import io.fazhi.local.InfrastructureTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/**
 * Every test of this module runs against the real PostgreSQL (notifications) and Kafka broker of
 * deploy/local, and a real SMTP server.
 */
@WithTestResource(
        value = InfrastructureTestResource.class,
        scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "notifications"))
@WithTestResource(value = SmtpTestResource.class, scope = TestResourceScope.GLOBAL)
public class NotificationTestInfrastructure {}
