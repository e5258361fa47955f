package io.fazhi.gateway.health;

import io.fazhi.gateway.route.Upstreams;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.health.api.HealthGroup;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * The state of every service behind the gateway, each one's /q/health/ready by name, reported at
 * /q/health/group/upstreams for operators and dashboards. It is not the gateway's readiness: a
 * restarting service or broker would take every gateway pod out of the route and clients would get
 * the load balancer's bare 503; instead the gateway stays ready and answers each route whose
 * service is down with its own 503 problem.
 */
@HealthGroup(UpstreamsHealthCheck.GROUP)
@ApplicationScoped
public class UpstreamsHealthCheck implements AsyncHealthCheck {

    public static final String GROUP = "upstreams";

    @Inject
    Vertx vertx;

    @Inject
    Upstreams upstreams;

    private WebClient client;

    @PostConstruct
    void init() {
        client = WebClient.create(vertx);
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        List<Uni<String[]>> checks = new ArrayList<>();
        upstreams
                .all()
                .forEach((service, uri) -> checks.add(client.getAbs(uri + "/q/health/ready")
                        .timeout(2_000)
                        .send()
                        .map(response -> new String[] {
                            service, response.statusCode() == 200 ? "UP" : "DOWN (" + response.statusCode() + ")"
                        })
                        .onFailure()
                        .recoverWithItem(failure -> new String[] {
                            service, "DOWN (" + failure.getClass().getSimpleName() + ")"
                        })));
        return Uni.join().all(checks).andFailFast().map(results -> {
            HealthCheckResponseBuilder builder =
                    HealthCheckResponse.named("upstreams").up();
            for (String[] result : results) {
                builder.withData(result[0], result[1]);
                if (!result[1].equals("UP")) {
                    builder.down();
                }
            }
            return builder.build();
        });
    }
}
