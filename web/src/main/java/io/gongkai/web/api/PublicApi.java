package io.gongkai.web.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
 * The part of Gongkai's public API the column reads, through the gateway as any client does; with each call the
 * visitor's address and language go along ({@link VisitorHeaders}), so rate limits and visibility are theirs. Pages read the
 * anonymous public answers through {@link PublicReads}, which keeps them for a few seconds; reads with an access
 * code and posts are made here directly, never kept.
 */
@RegisterRestClient(configKey = "public-api")
@RegisterClientHeaders(VisitorHeaders.class)
@Produces(MediaType.APPLICATION_JSON)
public interface PublicApi {

    @GET
    @Path("/api/v1/items")
    ApiViews.ItemPage searchItems(@QueryParam("q") String q, @QueryParam("category") Integer category,
                                  @QueryParam("checklistItem") String checklistItem, @QueryParam("unit") String unit,
                                  @QueryParam("channel") String channel, @QueryParam("year") Integer year,
                                  @QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit,
                                  @QueryParam("facets") Boolean facets);

    @GET
    @Path("/api/v1/items/{id}")
    ApiViews.Item item(@PathParam("id") String id);

    @GET
    @Path("/api/v1/checklist")
    ApiViews.Checklist checklist();

    @GET
    @Path("/api/v1/checklist/coverage")
    ApiViews.Coverage coverage(@QueryParam("year") Integer year);

    @GET
    @Path("/api/v1/channels")
    List<ApiViews.Named> channels();

    @GET
    @Path("/api/v1/units")
    List<ApiViews.Named> units();

    @POST
    @Path("/api/v1/requests")
    @Consumes(MediaType.APPLICATION_JSON)
    ApiViews.RequestSubmitted submitRequest(@HeaderParam("Idempotency-Key") String idempotencyKey, Map<String, Object> request);

    @GET
    @Path("/api/v1/requests/{trackingNo}")
    ApiViews.RequestForApplicant request(@PathParam("trackingNo") String trackingNo, @HeaderParam("X-Access-Code") String code);

    @GET
    @Path("/api/v1/petition-channels")
    List<ApiViews.PetitionChannel> petitionChannels();

    @GET
    @Path("/api/v1/petition-categories")
    List<ApiViews.Named> petitionCategories();

    @POST
    @Path("/api/v1/petitions")
    @Consumes(MediaType.APPLICATION_JSON)
    ApiViews.PetitionSubmitted submitPetition(@HeaderParam("Idempotency-Key") String idempotencyKey, Map<String, Object> petition);

    @GET
    @Path("/api/v1/petitions/{trackingNo}")
    ApiViews.PetitionForPetitioner petition(@PathParam("trackingNo") String trackingNo, @HeaderParam("X-Access-Code") String code);

    @POST
    @Path("/api/v1/evaluations")
    @Consumes(MediaType.APPLICATION_JSON)
    ApiViews.EvaluationReceived evaluate(Map<String, Object> evaluation);

    @GET
    @Path("/api/v1/stats/channels")
    ApiViews.ChannelStatistics channels(@QueryParam("year") int year, @QueryParam("granularity") String granularity);

    @GET
    @Path("/api/v1/stats/channels")
    @Produces("text/csv")
    String channelsCsv(@QueryParam("year") int year, @QueryParam("granularity") String granularity);

    @GET
    @Path("/api/v1/stats/summary")
    ApiViews.StatisticsSummary summary(@QueryParam("year") int year);

    @GET
    @Path("/api/v1/reports/annual/{year}")
    ApiViews.AnnualReport report(@PathParam("year") int year, @QueryParam("format") String format);

    @GET
    @Path("/api/v1/reports/annual/{year}")
    @Produces("application/pdf")
    byte[] reportPdf(@PathParam("year") int year, @QueryParam("format") String format);

    /** The applicant's clarified request: {@code {"reason": "..."}} carries what they add. */
    @POST
    @Path("/api/v1/requests/{trackingNo}/clarified")
    @Consumes(MediaType.APPLICATION_JSON)
    ApiViews.RequestForApplicant clarify(@PathParam("trackingNo") String trackingNo, @HeaderParam("X-Access-Code") String code,
                                         Map<String, Object> clarification);

    @POST
    @Path("/api/v1/requests/{trackingNo}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    ApiViews.RequestForApplicant withdraw(@PathParam("trackingNo") String trackingNo, @HeaderParam("X-Access-Code") String code,
                                          Map<String, Object> reason);

    @GET
    @Path("/api/v1/requests/{trackingNo}/clock")
    ApiViews.RequestClock clock(@PathParam("trackingNo") String trackingNo, @HeaderParam("X-Access-Code") String code);
}
