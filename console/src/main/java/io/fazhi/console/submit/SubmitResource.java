package io.fazhi.console.submit;

import io.fazhi.console.api.ApiProblem;
import io.fazhi.console.api.Gateway;
import io.fazhi.console.api.ReportDoc;
import io.fazhi.console.page.Pages;
import io.fazhi.console.session.SignedIn;
import io.fazhi.core.identity.PlaceCheck;
import io.quarkus.security.Authenticated;
import io.quarkus.security.ForbiddenException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.client.api.ClientMultipartForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * A township submits its report: a file (.docx, .pdf, .txt) or pasted text. The page shows what
 * the suite read right after (township, year, sections, what is missing, warnings) or, when the
 * report was refused, why, in words, with nothing stored. The file goes on to the API as it was
 * received, streamed from the upload's temporary file.
 */
@Path("/submit")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class SubmitResource {

    @Inject
    SignedIn user;

    @Inject
    @RestClient
    Gateway gateway;

    @GET
    @PlaceCheck("none: the empty form; townships only (signed-in group)")
    public String form() {
        requireTownship();
        return Pages.submit(null, null).render();
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @PlaceCheck(
            "the API checks it: the page calls the gateway with the user's own token, and a 403 or 404 becomes the refusal page; report-service takes the township from a township's token, whatever the form says")
    public Response submit(@RestForm("file") FileUpload file, @RestForm("text") String text) {
        requireTownship();
        boolean hasFile =
                file != null && file.fileName() != null && !file.fileName().isBlank() && file.size() > 0;
        boolean hasText = text != null && !text.isBlank();
        if (hasFile == hasText) {
            return refused(400, hasFile ? "请只选择一种方式：上传文件，或粘贴正文。" : "请选择要上传的报告文件，或粘贴报告正文。");
        }
        String type = hasFile ? SubmittedFile.mediaType(file.fileName()) : null;
        if (hasFile && type == null) {
            return refused(415, "只接受 .docx、.pdf 或 .txt 文件；“" + file.fileName() + "”不是这几种。");
        }
        try {
            ReportDoc report;
            if (hasFile) {
                ClientMultipartForm form = ClientMultipartForm.create()
                        .binaryFileUpload(
                                "file", file.fileName(), file.uploadedFile().toString(), type);
                report =
                        gateway.submitFile(user.bearer(), SubmittedFile.key(user.subject(), file.uploadedFile()), form);
            } else {
                Map<String, Object> body = new HashMap<>();
                body.put("text", text);
                report = gateway.submitText(user.bearer(), SubmittedFile.key(user.subject(), text), body);
            }
            return Response.ok(Pages.submit(Submitted.of(report), null).render())
                    .build();
        } catch (WebApplicationException e) {
            ApiProblem problem = ApiProblem.of(e);
            if (problem.status() >= 500) {
                throw e;
            }
            return refused(problem.status(), SubmittedFile.explain(problem));
        }
    }

    private static Response refused(int status, String message) {
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Pages.submit(null, message).render())
                .build();
    }

    /** A township submits its own report; offices receive them. */
    private void requireTownship() {
        if (!"township".equals(user.group())) {
            throw new ForbiddenException();
        }
    }
}
