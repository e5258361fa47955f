package io.fazhi.gateway.route;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithParentName;
import java.net.URI;
import java.util.Map;

/** Where the services and the console are ({@code fazhi.upstream.<name>}: report-service, …, console). */
@ConfigMapping(prefix = "fazhi.upstream")
public interface UpstreamConfig {

    /** The address of each upstream by its name (REPORT_SERVICE_URL, …, CONSOLE_URL in the properties). */
    @WithParentName
    Map<String, URI> byName();
}
