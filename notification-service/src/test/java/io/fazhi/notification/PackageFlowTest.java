package io.fazhi.notification;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import io.fazhi.local.ArchitectureRules;
import org.junit.jupiter.api.Test;

/**
 * The flow of data through notification-service, as its packages show it: an event is consumed,
 * composed into a notice, routed to subscriptions (inbox, digest, delivery), and sent. Resources
 * sit on top. A package uses only those below it.
 */
class PackageFlowTest {

    private static final JavaClasses CLASSES = ArchitectureRules.classesOf("io.fazhi.notification");

    @Test
    void packagesFollowTheFlowOfANotice() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("api")
                .definedBy("..notification.api..")
                .layer("consume")
                .definedBy("..notification.consume..")
                .layer("route")
                .definedBy("..notification.route..")
                .layer("digest")
                .definedBy("..notification.digest..")
                .layer("deliver")
                .definedBy("..notification.deliver..")
                .layer("subscription")
                .definedBy("..notification.subscription..")
                .layer("inbox")
                .definedBy("..notification.inbox..")
                .layer("send")
                .definedBy("..notification.send..")
                .layer("notice")
                .definedBy("..notification.notice..")
                .whereLayer("api")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("consume")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("route")
                .mayOnlyBeAccessedByLayers("consume")
                .whereLayer("digest")
                .mayOnlyBeAccessedByLayers("route")
                .whereLayer("deliver")
                .mayOnlyBeAccessedByLayers("api", "consume", "route", "digest")
                .whereLayer("subscription")
                .mayOnlyBeAccessedByLayers("api", "route", "digest", "deliver")
                .whereLayer("inbox")
                .mayOnlyBeAccessedByLayers("api", "route", "subscription")
                .whereLayer("send")
                .mayOnlyBeAccessedByLayers("deliver", "subscription")
                .check(CLASSES);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("io.fazhi.notification.(*)..")
                .should()
                .beFreeOfCycles()
                .check(CLASSES);
    }
}
