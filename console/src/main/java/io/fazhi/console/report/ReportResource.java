package io.fazhi.console.report;

import io.fazhi.console.api.AssessmentDoc;
import io.fazhi.console.api.ChecklistDoc;
import io.fazhi.console.api.Gateway;
import io.fazhi.console.api.ReportDoc;
import io.fazhi.console.page.Pages;
import io.fazhi.console.session.SignedIn;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The report page: the text, the required contents, the grades and their passages. Whether the
 * user may read the report is report-service's answer to the user's own token.
 */
@Path("/reports/{id}")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class ReportResource {

    @Inject
    SignedIn user;

    @Inject
    @RestClient
    Gateway gateway;

    @GET
    public String report(@PathParam("id") String id) {
        if (!id.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")) {
            throw new NotFoundException();
        }
        ReportDoc report = gateway.report(user.bearer(), id);
        String text = gateway.text(user.bearer(), id, report.version());
        AssessmentDoc assessment = assessed(id);
        ChecklistDoc checklist = assessment == null ? null : gateway.checklist(user.bearer(), assessment.checklistId());
        return Pages.report(ReportPage.of(report, text, assessment, checklist)).render();
    }

    /** The assessment, or null while metrics-service has not assessed this report yet. */
    private AssessmentDoc assessed(String id) {
        try {
            return gateway.assessment(user.bearer(), id);
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return null;
            }
            throw e;
        }
    }
}
