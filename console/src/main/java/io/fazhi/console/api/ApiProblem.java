package io.fazhi.console.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.WebApplicationException;

/** What the API said when it refused: its status and the problem's detail (RFC 9457), for the page to explain. */
public record ApiProblem(int status, String detail) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static ApiProblem of(WebApplicationException e) {
        String detail = "";
        try {
            String body = e.getResponse().readEntity(String.class);
            JsonNode problem = body == null || body.isBlank() ? null : JSON.readTree(body);
            if (problem != null && problem.hasNonNull("detail")) {
                detail = problem.get("detail").asText();
            }
        } catch (RuntimeException | java.io.IOException ignored) {
            // a refusal without a readable problem body: the status says enough
        }
        return new ApiProblem(e.getResponse().getStatus(), detail);
    }
}
