package io.fazhi.gateway.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.fazhi.core.identity.PlaceCheck;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The suite's one OpenAPI document: YAML at /openapi (JSON when asked for), /openapi.json, /openapi.yaml. */
@Path("/")
public class OpenApiResource {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    ServiceDocuments documents;

    @GET
    @Path("openapi")
    @Operation(hidden = true)
    @PlaceCheck("none: the merged OpenAPI document describes the API, not any place's data, and is public")
    public Uni<Response> openapi(@QueryParam("format") String format, @HeaderParam("Accept") String accept) {
        boolean json = "json".equalsIgnoreCase(format) || (accept != null && accept.contains("application/json"));
        return json ? json() : yaml();
    }

    @GET
    @Path("openapi.json")
    @Operation(hidden = true)
    @PlaceCheck("none: the merged OpenAPI document describes the API, not any place's data, and is public")
    public Uni<Response> json() {
        return documents.merged().map(document -> write(JSON, document, "application/json"));
    }

    @GET
    @Path("openapi.yaml")
    @Operation(hidden = true)
    @PlaceCheck("none: the merged OpenAPI document describes the API, not any place's data, and is public")
    public Uni<Response> yaml() {
        return documents.merged().map(document -> write(YAML, document, "application/yaml"));
    }

    private static Response write(ObjectMapper mapper, JsonNode document, String mediaType) {
        try {
            return Response.ok(
                            mapper.writerWithDefaultPrettyPrinter().writeValueAsString(document),
                            mediaType + "; charset=utf-8")
                    .build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
