package io.fazhi.console.report;

import io.fazhi.console.api.AssessmentDoc;
import io.fazhi.console.api.ChecklistDoc;
import io.fazhi.console.api.Gateway;
import io.fazhi.console.api.ReportDoc;
import io.fazhi.console.page.Pages;
import io.fazhi.console.session.SignedIn;
import io.fazhi.core.identity.PlaceCheck;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The report page: the text, the required contents, the grades and their passages, the numbers,
 * the passages shared with other townships, the versions and their differences, the original file.
 * Whether the user may read the report (or the other township's) is report-service's answer to
 * the user's own token.
 */
@Path("/reports/{id}")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class ReportResource {

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    /** Other townships' reports read for the side-by-side view, at most. */
    private static final int OTHERS_READ = 3;

    @Inject
    SignedIn user;

    @Inject
    @RestClient
    Gateway gateway;

    @GET
    @PlaceCheck(
            "the API checks it: the page calls the gateway with the user's own token, and a 403 or 404 becomes the refusal page (the report, its assessment, and a reused passage only where the user may read its report)")
    public String report(@PathParam("id") String id) {
        requireId(id);
        ReportDoc report = gateway.report(user.bearer(), id);
        String text = gateway.text(user.bearer(), id, report.version());
        AssessmentDoc assessment = gateway.assessmentIfAny(user.bearer(), id);
        ChecklistDoc checklist = assessment == null ? null : gateway.checklist(user.bearer(), assessment.checklistId());
        List<ReportDoc> versions = gateway.versions(user.bearer(), id);
        return Pages.report(ReportPage.of(report, text, assessment, checklist, versions, readableOthers(assessment)))
                .render();
    }

    /** The file as it was submitted, byte for byte, under its own name. */
    @GET
    @Path("versions/{version}/original")
    @Produces(MediaType.WILDCARD)
    @PlaceCheck(
            "the API checks it: the page calls the gateway with the user's own token, and a 403 or 404 becomes the refusal page (the version's original file)")
    public Response original(@PathParam("id") String id, @PathParam("version") String version) {
        requireId(id);
        Response original = gateway.original(user.bearer(), id, number(version));
        Response.ResponseBuilder answer = Response.ok(original.readEntity(byte[].class), original.getMediaType())
                .header("Cache-Control", "no-store");
        String disposition = original.getHeaderString("Content-Disposition");
        answer.header(
                "Content-Disposition",
                disposition != null
                        ? disposition
                        : "attachment; filename=\"report-" + id + "-v" + number(version) + "\"");
        return answer.build();
    }

    /** What changed between two versions of the text. */
    @GET
    @Path("diff")
    @PlaceCheck(
            "the API checks it: the page calls the gateway with the user's own token, and a 403 or 404 becomes the refusal page (both versions)")
    public String diff(@PathParam("id") String id, @QueryParam("from") String from, @QueryParam("to") String to) {
        requireId(id);
        int a = number(from);
        int b = number(to);
        return Pages.diff(VersionDiff.of(
                        id, a, gateway.text(user.bearer(), id, a), b, gateway.text(user.bearer(), id, b)))
                .render();
    }

    /** The other townships' reports this one shares passages with that the user may read (the API decides). */
    private Map<String, ReportPage.OtherReport> readableOthers(AssessmentDoc assessment) {
        Map<String, ReportPage.OtherReport> others = new HashMap<>();
        if (assessment == null || assessment.reuse() == null) {
            return others;
        }
        assessment.reuse().stream().limit(OTHERS_READ).forEach(match -> {
            try {
                ReportDoc other = gateway.report(user.bearer(), match.otherReportId());
                String township = other.township() == null
                        ? match.otherTownshipCode()
                        : other.township().name();
                others.put(
                        match.otherReportId(),
                        new ReportPage.OtherReport(
                                township, gateway.text(user.bearer(), match.otherReportId(), other.version())));
            } catch (WebApplicationException e) {
                if (e.getResponse().getStatus() != 403 && e.getResponse().getStatus() != 404) {
                    throw e;
                }
                // another county's report: the page names the township and the share only
            }
        });
        return others;
    }

    private static void requireId(String id) {
        if (!id.matches(UUID)) {
            throw new NotFoundException();
        }
    }

    private static int number(String version) {
        if (version == null || !version.matches("[1-9][0-9]{0,5}")) {
            throw new BadRequestException("版本号应为正整数。");
        }
        return Integer.parseInt(version);
    }
}
