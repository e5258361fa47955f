package io.fazhi.report.api;

import io.fazhi.core.identity.PlaceCheck;
import io.fazhi.core.problem.ProblemType;
import io.fazhi.platform.api.Created;
import io.fazhi.platform.api.PageOf;
import io.fazhi.platform.identity.PlaceAccess;
import io.fazhi.platform.places.PlaceCodes;
import io.fazhi.platform.problem.Problem;
import io.fazhi.platform.problem.ProblemException;
import io.fazhi.report.extract.DocumentFormat;
import io.fazhi.report.extract.ExtractedText;
import io.fazhi.report.extract.TextExtractor;
import io.fazhi.report.ingest.ReportReader;
import io.fazhi.report.ingest.ReportSubmissions;
import io.fazhi.report.ingest.ReportsConfig;
import io.fazhi.report.ingest.ScanReadings;
import io.fazhi.report.ingest.Submission;
import io.fazhi.report.ingest.TownshipConfirmations;
import io.fazhi.report.store.ReportVersion;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Township annual reports: submit, read, list, withdraw. */
@Path("/api/v1/reports")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports", description = "Township rule-of-law annual reports and their versions")
@SecurityRequirement(name = "jwt")
public class ReportResource {

    @Inject
    ReportSubmissions submissions;

    @Inject
    ReportReader reader;

    @Inject
    TownshipConfirmations confirmations;

    /** When a sender of a scan should look again: OCR reads a page in a few seconds. */
    private static final int RETRY_AFTER_SECONDS = 10;

    /** The header on the answer to a retry: the version is the one the first request stored. */
    static final String REPLAYED = "Idempotent-Replayed";

    /** File names longer than this are refused: no file system keeps more, and the name is stored. */
    private static final int MAX_FILE_NAME = 255;

    @Inject
    ScanReadings scans;

    @Inject
    ReportsConfig limits;

    @Inject
    PlaceAccess access;

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @Operation(
            summary = "Submit a report as plain text",
            description =
                    "Any charset: the declared one if the bytes fit it, else UTF-8, else GB18030/GBK; UTF-16 with a byte-order mark.")
    @APIResponse(
            responseCode = "201",
            description = "Stored; Location names the report",
            content = @Content(schema = @Schema(implementation = ReportView.class)))
    @APIResponse(
            responseCode = "422",
            description = "Not a readable report",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @PlaceCheck(
            "a township submits only its own; an office only for townships under it (ReportSubmissions.township, then the text's place)")
    public Response submitText(
            byte[] body,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            @QueryParam("townshipCode") @Pattern(regexp = PlaceCodes.TOWNSHIP) String townshipCode,
            @QueryParam("year") @Min(2000) @Max(2100) Integer year) {
        requireSize(body.length);
        return submitBytes(body, charset(contentType), null, townshipCode, year, null, key(idempotencyKey));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit a report as JSON", description = "For systems that hold the text already.")
    @APIResponse(
            responseCode = "201",
            description = "Stored",
            content = @Content(schema = @Schema(implementation = ReportView.class)))
    @PlaceCheck(
            "a township submits only its own; an office only for townships under it (ReportSubmissions.township, then the text's place)")
    public Response submitJson(
            @Valid @NotNull ReportSubmissionRequest request, @HeaderParam("Idempotency-Key") String idempotencyKey) {
        byte[] original = request.text().getBytes(StandardCharsets.UTF_8);
        requireSize(original.length);
        ExtractedText intake = TextExtractor.fromText(request.text(), DocumentFormat.TEXT, "UTF-8", List.of());
        return created(new Submission(
                original,
                intake.mediaType(),
                null,
                intake,
                request.townshipCode(),
                request.year(),
                request.submittedInstant(),
                key(idempotencyKey)));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(
            summary = "Submit a report file",
            description = ".txt, .md, .docx or .pdf, told apart by content, not by name; "
                    + "a scanned PDF or a PNG/JPEG photo of pages is read by OCR where Tesseract is installed.")
    @APIResponse(
            responseCode = "201",
            description = "Stored (a scan read within a few seconds too)",
            content = @Content(schema = @Schema(implementation = ReportView.class)))
    @APIResponse(
            responseCode = "202",
            description = "A scan being read by OCR: Location (and the body's statusUrl) "
                    + "names its status, which names the report once stored; its events follow then",
            content = @Content(schema = @Schema(implementation = ScanView.class)))
    @APIResponse(
            responseCode = "413",
            description = "Over fazhi.reports.max-bytes (5 MB) for a document with text, "
                    + "over fazhi.reports.scans.max-bytes (40 MB) for a scan",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @PlaceCheck(
            "a township submits only its own; an office only for townships under it (ReportSubmissions.township; a scan before it is queued)")
    public Response submitFile(
            @RestForm("file") FileUpload file,
            @RestForm("townshipCode") @Pattern(regexp = PlaceCodes.TOWNSHIP) String townshipCode,
            @RestForm("year") @Min(2000) @Max(2100) Integer year,
            @RestForm("submittedAt") String submittedAt,
            @HeaderParam("Idempotency-Key") String idempotencyKey) {
        if (file == null) {
            throw ProblemException.invalid("file", "a multipart part named file is required");
        }
        if (file.size() > limits.scans().maxBytes()) {
            throw new ProblemException(
                    ProblemType.PAYLOAD_TOO_LARGE,
                    "the file has " + file.size() + " bytes; at most "
                            + limits.scans().maxBytes() + " are accepted for a scan, " + limits.maxBytes()
                            + " for a document with text");
        }
        if (file.fileName() != null && file.fileName().length() > MAX_FILE_NAME) {
            throw ProblemException.invalid(
                    "fileName",
                    "the file's name has " + file.fileName().length() + " characters; at most " + MAX_FILE_NAME
                            + " are kept");
        }
        Instant claimed = SubmittedAt.parse(submittedAt);
        if (file.size() <= limits.maxBytes()) {
            return submitUpload(file, townshipCode, year, claimed, idempotencyKey);
        }
        // Only a scan may be larger: a few such files are in memory at once, whatever arrives.
        return scans.whileLargeUploadsAllow(() -> submitUpload(file, townshipCode, year, claimed, idempotencyKey));
    }

    private Response submitUpload(
            FileUpload file, String townshipCode, Integer year, Instant submittedAt, String idempotencyKey) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > limits.maxBytes() && !DocumentFormat.sniff(bytes).mayBeScan()) {
            throw tooLarge(bytes.length);
        }
        return submitBytes(
                bytes,
                charset(file.contentType()),
                file.fileName(),
                townshipCode,
                year,
                submittedAt,
                key(idempotencyKey));
    }

    @GET
    @Operation(
            summary = "List reports",
            description =
                    "Current versions under a place code (any level), optionally of one year. "
                            + "An office also sees the unlocated reports that may be from one of its townships; needsTownship=true lists only those.")
    @PlaceCheck(
            "a place given is required to be the caller's or under it; otherwise the caller's scope (ReportReader.list)")
    public PageOf<ReportView> list(
            @QueryParam("place") @Pattern(regexp = PlaceCodes.ANY, message = PlaceCodes.ANY_MESSAGE) String place,
            @QueryParam("year") @Min(2000) @Max(2100) Integer year,
            @QueryParam("needsTownship") @DefaultValue("false") boolean needsTownship,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageOf.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        return reader.list(place, year, needsTownship, page, size).map(ReportView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A report: its current version, parsed")
    @APIResponse(
            responseCode = "404",
            description = "No such report, or not in the caller's jurisdiction",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @PlaceCheck("the report's place, or a candidate township of an unlocated one (ReportReader.visible); else 404")
    public ReportView get(@PathParam("id") UUID id) {
        return ReportView.of(reader.current(id));
    }

    @GET
    @Path("/{id}/versions")
    @Operation(summary = "Every version of a report, oldest first")
    @PlaceCheck("the report's place, or a candidate township of an unlocated one (ReportReader.visible); else 404")
    public List<ReportView> versions(@PathParam("id") UUID id) {
        return reader.versions(id).stream().map(ReportView::of).toList();
    }

    @GET
    @Path("/{id}/versions/{version}")
    @Operation(summary = "One version of a report, parsed")
    @PlaceCheck("the report's place, or a candidate township of an unlocated one (ReportReader.visible); else 404")
    public ReportView version(@PathParam("id") UUID id, @PathParam("version") @Min(1) int version) {
        return ReportView.of(reader.version(id, version));
    }

    @GET
    @Path("/{id}/versions/{version}/original")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "The exact bytes submitted for a version, with their media type")
    @PlaceCheck("the report's place, or a candidate township of an unlocated one (ReportReader.visible); else 404")
    public Response original(@PathParam("id") UUID id, @PathParam("version") @Min(1) int version) {
        ReportVersion stored = reader.original(id, version);
        Response.ResponseBuilder response = Response.ok(stored.original, stored.mediaType);
        if (stored.fileName != null) {
            response.header(
                    "Content-Disposition",
                    "attachment; filename*=UTF-8''"
                            + java.net.URLEncoder.encode(stored.fileName, StandardCharsets.UTF_8)
                                    .replace("+", "%20"));
        }
        return response.build();
    }

    @GET
    @Path("/{id}/versions/{version}/text")
    @Produces("text/plain; charset=UTF-8")
    @Operation(
            summary = "The text of a version as it was read",
            description =
                    "Repaired and normalised: the text the offsets of sections, spans and assessment evidence index into.")
    @PlaceCheck("the report's place, or a candidate township of an unlocated one (ReportReader.visible); else 404")
    public String text(@PathParam("id") UUID id, @PathParam("version") @Min(1) int version) {
        return reader.text(id, version);
    }

    @PUT
    @Path("/{id}/township")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Confirm the township of an unlocated report",
            description =
                    "For a report whose text fits several townships (needsTownship): an office that covers the chosen "
                            + "township says which it is. The report then flows like any other: report.submitted, assessment, notices.")
    @APIResponse(
            responseCode = "200",
            description = "Located",
            content = @Content(schema = @Schema(implementation = ReportView.class)))
    @APIResponse(
            responseCode = "403",
            description = "A township caller, or a township outside the caller's jurisdiction",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "409",
            description = "Already located, withdrawn, or the township has a report for that year",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @PlaceCheck("an office covering the chosen township, and a candidate it may see (TownshipConfirmations.confirm)")
    public ReportView confirmTownship(@PathParam("id") UUID id, @Valid @NotNull TownshipConfirmationRequest request) {
        return ReportView.of(confirmations.confirm(id, request.townshipCode()));
    }

    @DELETE
    @Path("/{id}")
    @Operation(
            summary = "Withdraw a report",
            description = "Its versions stay readable; report.withdrawn is published.")
    @PlaceCheck("the township itself or admin, after the report is visible (ReportReader.withdraw)")
    public ReportView withdraw(@PathParam("id") UUID id, @QueryParam("reason") String reason) {
        return ReportView.of(reader.withdraw(id, reason));
    }

    /**
     * A document with text is read and stored now (201); a scan goes to OCR, answered 201 when read
     * within a few seconds, else 202 with the link to follow it.
     */
    private Response submitBytes(
            byte[] bytes,
            Charset charset,
            String fileName,
            String townshipCode,
            Integer year,
            Instant submittedAt,
            String key) {
        Optional<ExtractedText> text = TextExtractor.readWithoutOcr(bytes, charset);
        if (text.isPresent()) {
            requireSize(bytes.length);
            ExtractedText intake = text.get();
            return created(
                    new Submission(bytes, intake.mediaType(), fileName, intake, townshipCode, year, submittedAt, key));
        }
        ScanReadings.Answer answer = scans.accept(
                new ScanReadings.ReceivedScan(bytes, fileName, townshipCode, year, submittedAt, key), access.caller());
        if (answer instanceof ScanReadings.Answer.Stored stored) {
            return created(stored.accepted());
        }
        ScanView reading = ScanView.of(((ScanReadings.Answer.Reading) answer).scan());
        // Location relative to the host the client called, as for 201 (platform Created).
        return Response.accepted(reading)
                .header(HttpHeaders.LOCATION, reading.statusUrl())
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .build();
    }

    private Response created(Submission submission) {
        return created(submissions.submit(submission));
    }

    /**
     * 201 with the stored version; a retry with the same Idempotency-Key says so in
     * {@value #REPLAYED}, so an importer run twice can tell "unchanged" from "accepted".
     */
    private static Response created(ReportSubmissions.Accepted accepted) {
        Response response =
                Created.at("/api/v1/reports/" + accepted.stored().report().id, ReportView.of(accepted.stored()));
        return accepted.replayed()
                ? Response.fromResponse(response).header(REPLAYED, "true").build()
                : response;
    }

    private void requireSize(long size) {
        if (size > limits.maxBytes()) {
            throw tooLarge(size);
        }
    }

    private ProblemException tooLarge(long size) {
        return new ProblemException(
                ProblemType.PAYLOAD_TOO_LARGE,
                "the submission has " + size + " bytes; at most " + limits.maxBytes() + " are accepted");
    }

    private static String key(String idempotencyKey) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            return null;
        }
        if (idempotencyKey.length() > 200) {
            throw ProblemException.invalid("Idempotency-Key", "at most 200 characters");
        }
        return idempotencyKey.strip();
    }

    /** The charset parameter of a Content-Type, or null (then detected); one Java does not know is a 415. */
    private static Charset charset(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                try {
                    return Charset.forName(p.substring(8).replace("\"", "").strip());
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    throw new ProblemException(
                            ProblemType.UNSUPPORTED_MEDIA_TYPE,
                            "the charset " + p.substring(8).strip()
                                    + " is not known: send UTF-8, GB18030 or GBK, or leave the charset out to have it detected");
                }
            }
        }
        return null;
    }
}
