package io.fazhi.console.board;

import io.fazhi.console.api.Gateway;
import io.fazhi.console.page.Pages;
import io.fazhi.console.session.SignedIn;
import io.fazhi.core.identity.PlaceCheck;
import io.quarkus.security.Authenticated;
import io.quarkus.security.ForbiddenException;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The season above the county (市级、省级): a city's counties, a province's cities, the nation's
 * provinces. Whose place it is, metrics-service decides with the user's token, as for a county.
 */
@Path("/places/{code}")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class PlaceBoardResource {

    @Inject
    SignedIn user;

    @Inject
    @RestClient
    Gateway gateway;

    @GET
    @PlaceCheck(
            "the API checks it: the page calls the gateway with the user's own token, and a 403 or 404 becomes the refusal page (the roll-up of the place in the path)")
    public String board(@PathParam("code") String code, @QueryParam("year") String year) {
        if (!code.matches("[0-9]{2}|[0-9]{4}|CN") || !user.office()) {
            throw new ForbiddenException();
        }
        return Pages.places(PlaceBoardView.of(gateway.rollup(user.bearer(), code, CountyBoardResource.season(year))))
                .render();
    }
}
