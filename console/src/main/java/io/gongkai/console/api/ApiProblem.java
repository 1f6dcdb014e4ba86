package io.gongkai.console.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.resteasy.reactive.ClientWebApplicationException;

/** A problem answer of the API, read for a page: its status, its detail and the message of each field. */
public record ApiProblem(int status, String type, String detail, Map<String, String> fields, String retryAfter) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static ApiProblem of(ClientWebApplicationException e) {
        int status = e.getResponse().getStatus();
        Map<String, String> fields = new LinkedHashMap<>();
        String type = null;
        String detail = null;
        try {
            JsonNode problem = JSON.readTree(e.getResponse().readEntity(String.class));
            type = problem.path("type").asText(null);
            detail = problem.path("detail").asText(null);
            problem.path("violations").forEach(v -> fields.merge(v.path("field").asText(), v.path("message").asText(),
                    (a, b) -> a + "；" + b));
        } catch (Exception unreadable) {
            // an answer that is not a problem document (a proxy's page): the status alone tells what happened
        }
        return new ApiProblem(status, type, detail, fields, e.getResponse().getHeaderString("Retry-After"));
    }

    /** The detail when it is written in Chinese (the API answers zh where it can); else null. */
    public String chineseDetail() {
        return detail != null && detail.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                ? detail : null;
    }
}
