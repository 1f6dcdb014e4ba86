package io.gongkai.stats.feed;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * A producer's {@code GET /internal/v1/events}. The page is read as a tree so that one event the
 * consumer cannot parse is dead-lettered with its id instead of failing the whole page.
 */
@Path("/internal/v1/events")
public interface EventFeedApi {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    JsonNode page(@HeaderParam("X-Service-Credential") String credential, @QueryParam("after") String after,
                  @QueryParam("limit") int limit);
}
