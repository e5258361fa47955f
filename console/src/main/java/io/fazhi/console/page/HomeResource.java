package io.fazhi.console.page;

import io.fazhi.console.session.SignedIn;
import io.fazhi.console.township.TownshipReports;
import io.fazhi.core.identity.PlaceCheck;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * The start page: a county office goes to its board; a township sees its own reports (the API's
 * list under its code, with its token); everyone else sees who they are signed in as.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class HomeResource {

    @Inject
    SignedIn user;

    @Inject
    TownshipReports townshipReports;

    @GET
    @PlaceCheck("none of its own: it sends the user to the board of the place in the user's own token")
    public Response home() {
        if ("county-office".equals(user.group())) {
            return Response.seeOther(URI.create("/counties/" + user.place())).build();
        }
        if ("township".equals(user.group())) {
            return Response.ok(Pages.township(townshipReports.home()).render()).build();
        }
        // A city, a province, or the administrator (the whole country) follows the places below it.
        return Response.seeOther(URI.create("/places/" + (user.place().isEmpty() ? "CN" : user.place())))
                .build();
    }
}
