package io.fazhi.console.page;

import io.fazhi.console.session.SessionConfig;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Refusals as pages a person can read: not signed in goes to the sign-in page; another place's
 * data, a page that does not exist or a broken request is a page that says so and shows nothing
 * else. What the API refused (401, 403, 404) is refused here the same way.
 */
public class RefusalPages {

    private static final Logger LOG = Logger.getLogger(RefusalPages.class);

    // Looked up per refusal: exception mappers are built while the application starts (static
    // init), before runtime configuration such as this mapping exists.
    @Inject
    Provider<SessionConfig> sessions;

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response signInFirst() {
        return Response.seeOther(URI.create(sessions.get().demoSignIn() ? "/signin" : "/signin/oidc"))
                .build();
    }

    @ServerExceptionMapper(ForbiddenException.class)
    public Response forbidden() {
        return page(403, "您无权查看此页面：它属于其他地区或其他用户。");
    }

    @ServerExceptionMapper(NotFoundException.class)
    public Response notFound() {
        return page(404, "没有这个页面。");
    }

    @ServerExceptionMapper(BadRequestException.class)
    public Response badRequest(BadRequestException e) {
        String message = e.getMessage();
        // Only the console's own messages (Chinese, for the user) are shown; anything else is said in general.
        return page(
                400,
                message != null && message.codePoints().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF)
                        ? message
                        : "请求有误，请检查后重试。");
    }

    @ServerExceptionMapper(WebApplicationException.class)
    public Response refused(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status == 401) {
            return signInFirst();
        }
        if (status == 403 || status == 404) {
            // The API answers 404 for another place's data as for none: either way, not this user's.
            return page(403, "您无权查看此页面：它属于其他地区或其他用户。");
        }
        if (status == 429) {
            return page(429, "操作过于频繁，请稍后再试。");
        }
        if (status >= 400 && status < 500) {
            return page(status, "请求有误，请检查后重试。");
        }
        LOG.warnf("the API answered %d: %s", status, e.getMessage());
        return page(503, "服务暂时不可用，请稍后重试。");
    }

    /** Anything else is the console's fault: said so in words, with an id to quote, never a stack trace. */
    @ServerExceptionMapper(Exception.class)
    public Response unexpected(Exception e) {
        String id = java.util.UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected failure %s", id);
        return page(500, "系统内部错误，请稍后重试。报告问题时请提供编号 " + id + "。");
    }

    private static Response page(int status, String message) {
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Pages.problem(status, message).render())
                .build();
    }
}
