package io.gongkai.stats.report;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** disclosure-service's checklist coverage: the annex of the report. */
@Path("/api/v1/checklist/coverage")
@RegisterRestClient(configKey = "coverage")
public interface CoverageApi {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    JsonNode coverage(@QueryParam("from") String from, @QueryParam("to") String to);
}
