package io.fazhi.console.subscription;

import io.fazhi.console.api.ApiProblem;
import io.fazhi.console.api.Gateway;
import io.fazhi.console.api.SubscriptionDoc;
import io.fazhi.console.inbox.NotificationKinds;
import io.fazhi.console.page.Pages;
import io.fazhi.console.session.SignedIn;
import io.fazhi.core.identity.PlaceCheck;
import io.quarkus.security.Authenticated;
import io.quarkus.security.ForbiddenException;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

/**
 * An office's subscriptions (订阅): create one (inbox, e-mail, or a webhook whose signing secret is
 * shown once), verify, rotate the secret, pause, resume, delete; and a webhook's deliveries, with
 * replay of those given up on. notification-service checks every action against the user's place.
 */
@Path("/subscriptions")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class SubscriptionResource {

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    private static final Set<String> ACTIONS = Set.of("verify", "pause", "resume");

    @Inject
    SignedIn user;

    @Inject
    @RestClient
    Gateway gateway;

    @GET
    @PlaceCheck(
            "the API checks it: the page calls the gateway with the user's own token, and a 403 or 404 becomes the refusal page (the subscriptions under the user's place)")
    public String list() {
        requireOffice();
        return page(null, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PlaceCheck(
            "the place followed is the user's own, whatever the form says (only admin names one); the API checks it again")
    public Response create(
            @RestForm("channel") String channel,
            @RestForm("kinds") List<String> kinds,
            @RestForm("target") String target,
            @RestForm("place") String place) {
        requireOffice();
        if (channel == null || !SubscriptionsPage.CHANNELS.containsKey(channel)) {
            return refused(400, "请选择通知方式。");
        }
        if (kinds == null || kinds.isEmpty() || !NotificationKinds.ALL.keySet().containsAll(kinds)) {
            return refused(400, "请至少选择一种通知类型。");
        }
        boolean needsTarget = !"inbox".equals(channel);
        if (needsTarget && (target == null || target.isBlank())) {
            return refused(400, "webhook".equals(channel) ? "请填写接收通知的网址（https://…）。" : "请填写接收通知的电子邮箱。");
        }
        if (target != null && target.length() > 2048) {
            return refused(400, "地址过长（不能超过2048个字符）。");
        }
        // The place followed is the office's own; only an administrator, who has none, names one.
        String followed = user.place().isEmpty() ? place : user.place();
        if (followed == null || !followed.matches("[0-9]{2}|[0-9]{4}|[0-9]{6}")) {
            return refused(400, "请填写要关注的地区代码（省2位、市4位或县6位数字）。");
        }
        try {
            SubscriptionDoc created = gateway.subscribe(
                    user.bearer(),
                    new SubscriptionDoc.Request(followed, channel, kinds, needsTarget ? target.strip() : null));
            return Response.ok(page(created.secret(), null)).build();
        } catch (WebApplicationException e) {
            return apiRefused(e);
        }
    }

    @POST
    @Path("{id}/{action}")
    @PlaceCheck(
            "the API checks it: the page calls the gateway with the user's own token, and a 403 or 404 becomes the refusal page (notification-service: the subscription's place against the user's)")
    public Response act(@PathParam("id") String id, @PathParam("action") String action) {
        requireOffice();
        requireId(id);
        try {
            switch (action) {
                case "rotate" -> {
                    return Response.ok(
                                    page(gateway.rotateSecret(user.bearer(), id).get("secret"), null))
                            .build();
                }
                case "delete" -> gateway.unsubscribe(user.bearer(), id);
                default -> {
                    if (!ACTIONS.contains(action)) {
                        throw new jakarta.ws.rs.NotFoundException();
                    }
                    gateway.act(user.bearer(), id, action);
                }
            }
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404 || e instanceof jakarta.ws.rs.NotFoundException) {
                throw e;
            }
            return apiRefused(e);
        }
        return Response.seeOther(URI.create("/subscriptions")).build();
    }

    @GET
    @Path("{id}/deliveries")
    @PlaceCheck(
            "the API checks it: the page calls the gateway with the user's own token, and a 403 or 404 becomes the refusal page (the subscription's deliveries)")
    public String deliveries(@PathParam("id") String id) {
        requireOffice();
        requireId(id);
        return Pages.deliveries(id, SubscriptionsPage.deliveries(gateway.deliveries(user.bearer(), id, 50)))
                .render();
    }

    @POST
    @Path("{id}/deliveries/{delivery}/replay")
    @PlaceCheck(
            "the API checks it: the page calls the gateway with the user's own token, and a 403 or 404 becomes the refusal page (the delivery's subscription)")
    public Response replay(@PathParam("id") String id, @PathParam("delivery") String delivery) {
        requireOffice();
        requireId(id);
        requireId(delivery);
        try {
            gateway.replay(user.bearer(), delivery);
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() != 409) {
                throw e;
            }
            // already sent again or delivered meanwhile: the list shows its state
        }
        return Response.seeOther(URI.create("/subscriptions/" + id + "/deliveries"))
                .build();
    }

    private String page(String secret, String error) {
        return Pages.subscriptions(SubscriptionsPage.of(
                        gateway.subscriptions(user.bearer(), 100),
                        secret,
                        error,
                        user.place().isEmpty()))
                .render();
    }

    private Response refused(int status, String message) {
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(page(null, message))
                .build();
    }

    private Response apiRefused(WebApplicationException e) {
        ApiProblem problem = ApiProblem.of(e);
        if (problem.status() >= 500 || problem.status() == 401) {
            throw e;
        }
        String why = problem.status() == 403 ? "您无权为该地区设置订阅。" : "订阅未能保存，请检查填写的内容。";
        return refused(problem.status(), problem.detail().isBlank() ? why : why + "（系统说明：" + problem.detail() + "）");
    }

    private void requireOffice() {
        if (!user.office()) {
            throw new ForbiddenException();
        }
    }

    private static void requireId(String id) {
        if (!id.matches(UUID)) {
            throw new BadRequestException("没有这个订阅。");
        }
    }
}
