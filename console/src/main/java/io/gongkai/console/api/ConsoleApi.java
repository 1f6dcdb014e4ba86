package io.gongkai.console.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The part of Gongkai's public API the console uses, through the gateway as any client does, with the signed-in
 * person's token ({@link StaffHeaders}): every rule and every permission stays in the services. Nothing read here is
 * kept: each page asks again, as its person.
 */
@RegisterRestClient(configKey = "console-api")
@RegisterClientHeaders(StaffHeaders.class)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface ConsoleApi {

    @POST
    @Path("/api/v1/auth/token")
    ApiViews.Token login(Map<String, String> credentials);

    @GET
    @Path("/api/v1/requests")
    ApiViews.RequestPage requests(@QueryParam("status") String status, @QueryParam("overdue") Boolean overdue,
                                  @QueryParam("dueWithin") Integer dueWithin, @QueryParam("outcome") String outcome,
                                  @QueryParam("handler") String handler, @QueryParam("year") Integer year,
                                  @QueryParam("from") String from, @QueryParam("to") String to,
                                  @QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit);

    @GET
    @Path("/api/v1/requests")
    @Produces("text/csv")
    byte[] requestsCsv(@QueryParam("status") String status, @QueryParam("overdue") Boolean overdue,
                       @QueryParam("dueWithin") Integer dueWithin, @QueryParam("outcome") String outcome,
                       @QueryParam("handler") String handler, @QueryParam("year") Integer year,
                       @QueryParam("from") String from, @QueryParam("to") String to);

    @GET
    @Path("/api/v1/requests/{trackingNo}")
    ApiViews.Request request(@PathParam("trackingNo") String trackingNo);

    @GET
    @Path("/api/v1/requests/{trackingNo}/clock")
    ApiViews.RequestClock clock(@PathParam("trackingNo") String trackingNo);

    /** One step of a request ({@code accept}, {@code assign}, {@code reply} ...): the request after it. */
    @POST
    @Path("/api/v1/requests/{trackingNo}/{step}")
    ApiViews.Request step(@PathParam("trackingNo") String trackingNo, @PathParam("step") String step, Map<String, Object> body);

    @GET
    @Path("/api/v1/petitions")
    ApiViews.PetitionPage petitions(@QueryParam("status") String status, @QueryParam("overdue") Boolean overdue,
                                    @QueryParam("channel") String channel, @QueryParam("year") Integer year,
                                    @QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit);

    @GET
    @Path("/api/v1/petitions/{trackingNo}")
    ApiViews.Petition petition(@PathParam("trackingNo") String trackingNo);

    @POST
    @Path("/api/v1/petitions/{trackingNo}/{step}")
    ApiViews.Petition petitionStep(@PathParam("trackingNo") String trackingNo, @PathParam("step") String step, Map<String, Object> body);

    @GET
    @Path("/api/v1/petition-channels")
    List<ApiViews.Named> petitionChannels();

    @GET
    @Path("/api/v1/petition-categories")
    List<ApiViews.Named> petitionCategories();

    @GET
    @Path("/api/v1/units")
    List<ApiViews.Named> units();

    @GET
    @Path("/api/v1/cases")
    ApiViews.CasePage cases(@QueryParam("kind") String kind, @QueryParam("status") String status, @QueryParam("year") Integer year,
                            @QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit);

    @GET
    @Path("/api/v1/cases/{id}")
    ApiViews.Case disclosureCase(@PathParam("id") String id);

    @POST
    @Path("/api/v1/cases")
    ApiViews.Case recordCase(Map<String, Object> body);

    @POST
    @Path("/api/v1/cases/{id}/close")
    ApiViews.Case closeCase(@PathParam("id") String id, Map<String, Object> body);

    @GET
    @Path("/api/v1/calendar/{year}")
    ApiViews.CalendarYear calendar(@PathParam("year") int year);
}
