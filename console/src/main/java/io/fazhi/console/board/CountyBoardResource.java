package io.fazhi.console.board;

import io.fazhi.console.api.Gateway;
import io.fazhi.console.api.Rollup;
import io.fazhi.console.page.ChineseDates;
import io.fazhi.console.page.Pages;
import io.fazhi.console.session.SignedIn;
import io.fazhi.core.identity.PlaceCheck;
import io.quarkus.security.Authenticated;
import io.quarkus.security.ForbiddenException;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Year;
import java.time.ZoneId;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The county board (县级工作台): one county's season for a year. The console checks only that the
 * page is one the user's kind may open (a township has no board); whose county it is, the API
 * decides, with the user's own token.
 */
@Path("/counties/{code}")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class CountyBoardResource {

    @Inject
    SignedIn user;

    @Inject
    @RestClient
    Gateway gateway;

    @GET
    @PlaceCheck(
            "the API checks it: the page calls the gateway with the user's own token, and a 403 or 404 becomes the refusal page (the county's roll-up and assessments)")
    public String board(
            @PathParam("code") String code,
            @QueryParam("year") String year,
            @QueryParam("sort") String sort,
            @QueryParam("filter") String filter) {
        requireBoard(code);
        Rollup rollup = gateway.rollup(user.bearer(), code, season(year));
        long unread = user.office()
                ? gateway.inbox(user.bearer(), null, null, true, 1).total()
                : 0;
        return Pages.board(BoardView.of(rollup, sort, filter, ChineseDates.today(), unread))
                .render();
    }

    /** The board as a CSV file for a spreadsheet: the API's own table, under a name that says what it is. */
    @GET
    @Path("csv")
    @Produces("text/csv")
    @PlaceCheck(
            "the API checks it: the page calls the gateway with the user's own token, and a 403 or 404 becomes the refusal page (the same rows as the board)")
    public Response csv(@PathParam("code") String code, @QueryParam("year") String year) {
        requireBoard(code);
        int season = season(year);
        return Response.ok(gateway.rollupCsv(user.bearer(), code, season), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"board-" + code + "-" + season + ".csv\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    /** A county's code, and a user whose kind has boards (a township has none). */
    private void requireBoard(String code) {
        if (!code.matches("[0-9]{6}") || "township".equals(user.group())) {
            throw new ForbiddenException();
        }
    }

    /**
     * The year asked for, a number from 2000 to 2100 (or the page says what is wrong); by default
     * last year, the season being reported now.
     */
    static int season(String year) {
        if (year == null || year.isBlank()) {
            return Year.now(ZoneId.of("Asia/Shanghai")).getValue() - 1;
        }
        if (year.matches("[0-9]{4}")) {
            int value = Integer.parseInt(year);
            if (value >= 2000 && value <= 2100) {
                return value;
            }
        }
        throw new BadRequestException("年度应为2000至2100之间的四位数字。");
    }
}
