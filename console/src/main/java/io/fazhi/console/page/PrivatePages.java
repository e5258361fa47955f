package io.fazhi.console.page;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * What every page request and answer holds to: a form may be posted only from the console itself
 * (a cross-site post is refused before it does anything; the session cookie is SameSite=Strict as
 * well), and no page is kept by the browser, so after sign-out Back shows nothing private.
 */
public class PrivatePages {

    private static final Set<String> UNSAFE = Set.of("POST", "PUT", "PATCH", "DELETE");

    @ServerRequestFilter
    public Response sameOriginForms(ContainerRequestContext request) {
        if (!UNSAFE.contains(request.getMethod())) {
            return null;
        }
        String site = request.getHeaderString("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            return crossSite();
        }
        String origin = request.getHeaderString("Origin");
        if (origin != null) {
            String host = request.getHeaderString("X-Forwarded-Host");
            host = host == null || host.isBlank() ? request.getHeaderString("Host") : host;
            if (host == null || !origin.replaceFirst("^https?://", "").equals(host)) {
                return crossSite();
            }
        }
        return null;
    }

    /** Every answer of a resource is someone's (the stylesheet is served apart and may be cached). */
    @ServerResponseFilter
    public void neverCached(ContainerResponseContext response) {
        response.getHeaders().putSingle("Cache-Control", "no-store");
    }

    private static Response crossSite() {
        return Response.status(403)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Pages.problem(403, "此表单只能从本系统的页面提交。").render())
                .build();
    }
}
