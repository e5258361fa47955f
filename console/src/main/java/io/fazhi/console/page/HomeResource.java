package io.fazhi.console.page;

import io.fazhi.console.session.SignedIn;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** The start page: a county office goes to its board; everyone else sees who they are signed in as. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class HomeResource {

    @Inject
    SignedIn user;

    @GET
    public Response home() {
        if ("county-office".equals(user.group())) {
            return Response.seeOther(URI.create("/counties/" + user.place())).build();
        }
        return Response.ok(Pages.home(user.group(), user.place()).render()).build();
    }
}
