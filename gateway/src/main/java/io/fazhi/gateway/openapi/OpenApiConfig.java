package io.fazhi.gateway.openapi;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The merged OpenAPI document ({@code fazhi.openapi.*}). */
@ConfigMapping(prefix = "fazhi.openapi")
public interface OpenApiConfig {

    /** How long a fetched service document is served before it is fetched again. */
    @WithDefault("30s")
    Duration refresh();
}
