package io.fazhi.console.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fazhi.console.api.Gateway;
import io.fazhi.console.api.InboxDoc;
import io.fazhi.console.page.Pages;
import io.fazhi.console.session.SignedIn;
import io.fazhi.core.identity.PlaceCheck;
import io.quarkus.security.Authenticated;
import io.quarkus.security.ForbiddenException;
import io.smallrye.mutiny.Multi;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The inbox (通知): an office's notifications, newest first. New ones arrive without a reload: the
 * page's stream relays notification-service's live inbox, read with the user's own token, as
 * pieces of HTML that htmx puts at the top of the list. Without JavaScript the page still lists
 * everything; a reload shows what came since.
 */
@Path("/inbox")
@Authenticated
public class InboxResource {

    private static final int SHOWN = 50;

    @Inject
    SignedIn user;

    @Inject
    @RestClient
    Gateway gateway;

    @Inject
    ObjectMapper json;

    @GET
    @Produces(MediaType.TEXT_HTML)
    @PlaceCheck(
            "the API checks it: the page calls the gateway with the user's own token, and a 403 or 404 becomes the refusal page (the inbox of the user's place)")
    public String inbox(@QueryParam("kind") String kind, @QueryParam("township") String township) {
        requireOffice();
        String k = kindOf(kind);
        String t = townshipOf(township);
        InboxDoc.Page page = gateway.inbox(user.bearer(), k, t, null, SHOWN);
        long unread = gateway.inbox(user.bearer(), null, null, true, 1).total();
        return Pages.inbox(InboxPage.of(page, unread, k, t)).render();
    }

    @POST
    @Path("{id}/read")
    @PlaceCheck(
            "the API checks it: the page calls the gateway with the user's own token, and a 403 or 404 becomes the refusal page (notification-service: the item's place against the user's)")
    public Response markRead(@PathParam("id") String id) {
        requireOffice();
        if (!id.matches("[0-9]{1,18}")) {
            throw new BadRequestException("没有这条通知。");
        }
        gateway.markRead(user.bearer(), Long.parseLong(id));
        return Response.seeOther(URI.create("/inbox")).build();
    }

    /** Each new notification matching the page's filters, as the list item the page shows. */
    @GET
    @Path("stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @PlaceCheck(
            "the API checks it: the page calls the gateway with the user's own token, and a 403 or 404 becomes the refusal page (the live stream is opened with the user's token and filtered by the API)")
    public Multi<OutboundSseEvent> stream(
            @QueryParam("kind") String kind,
            @QueryParam("township") String township,
            @HeaderParam("Last-Event-ID") String lastEventId,
            @Context Sse sse) {
        requireOffice();
        String k = kindOf(kind);
        String t = townshipOf(township);
        String resume = lastEventId != null && lastEventId.matches("[0-9]{1,18}") ? lastEventId : null;
        Multi<OutboundSseEvent> relayed = gateway.inboxStream(user.bearer(), resume)
                .onItem()
                .transformToIterable(event -> "notification".equals(event.name()) && event.data() != null
                        ? item(read(event.data()), k, t, sse)
                        // the API's keep-alive comments keep proxies from closing a quiet stream here too
                        : List.of(sse.newEventBuilder().comment("keep-alive").build()));
        // A first comment opens the stream at once, so the browser knows it is connected.
        return Multi.createBy()
                .concatenating()
                .streams(
                        Multi.createFrom()
                                .item(sse.newEventBuilder().comment("inbox").build()),
                        relayed);
    }

    /** The notification as the list item the page shows, or nothing when the page's filters leave it out. */
    private static List<OutboundSseEvent> item(InboxDoc doc, String kind, String township, Sse sse) {
        boolean wanted = (kind == null || kind.equals(doc.kind()) || kind.equals(doc.eventType()))
                && (township == null || township.equals(doc.townshipCode()));
        return !wanted
                ? List.of()
                : List.of(sse.newEventBuilder()
                        .name("notification")
                        .id(Long.toString(doc.id()))
                        .data(Pages.inbox$item(InboxPage.Item.of(doc)).render().replace("\n", ""))
                        .build());
    }

    private InboxDoc read(String data) {
        try {
            return json.readValue(data, InboxDoc.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Offices have inboxes; a township's notices go to its county office. */
    private void requireOffice() {
        if ("township".equals(user.group())) {
            throw new ForbiddenException();
        }
    }

    private static String kindOf(String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        if (!NotificationKinds.ALL.containsKey(kind)) {
            throw new BadRequestException("没有这种通知类型。");
        }
        return kind;
    }

    private static String townshipOf(String township) {
        if (township == null || township.isBlank()) {
            return null;
        }
        if (!township.strip().matches("[0-9]{9}")) {
            throw new BadRequestException("乡镇代码应为9位数字。");
        }
        return township.strip();
    }
}
