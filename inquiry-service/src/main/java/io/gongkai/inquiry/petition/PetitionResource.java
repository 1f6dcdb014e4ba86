package io.gongkai.inquiry.petition;

import io.gongkai.commons.web.ClientAddresses;
import io.gongkai.inquiry.security.Caller;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Petitions (信访) and feedback: RECEIVED → ASSIGNED (unit) → REPLIED → CLOSED, with a reply deadline per channel. */
@Path("/api/v1/petitions")
@Tag(name = "Petitions", description = "信访: mailboxes, telephone, service hall, campus 123, letters and visits")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PetitionResource {

    static final String TRACKING = "XF-\\d{4}-\\d{6}";
    static final String TRACKING_MESSAGE = "must look like XF-2022-000123";
    private static final String TRACKING_DESCRIPTION = "the petition's tracking number: XF, the calendar year of receipt, a sequence number";
    private static final String TRACKING_EXAMPLE = "XF-2022-000123";
    /** a free-text filter: left out or empty is no filter, blank is a mistake */
    private static final String GIVEN = "|.*\\S.*";
    private static final String GIVEN_MESSAGE = "must not be blank";

    private final PetitionService petitions;
    /** The gateway's X-Forwarded-For only with its hop credential (commons' ClientAddresses), else the connection's. */
    @jakarta.inject.Inject
    ClientAddresses clients;
    private final Caller caller;

    public PetitionResource(PetitionService petitions, Caller caller) {
        this.petitions = petitions;
        this.caller = caller;
    }

    @POST
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "jwt"))
    @Operation(operationId = "submitPetition", summary = "Submit a petition or feedback (public; staff entering a call or letter)",
            description = "The contact is optional (anonymous feedback is allowed). The reply deadline is the channel's, in working "
                    + "days on the official calendar. The access code is shown this once.")
    @APIResponse(responseCode = "201", description = "Received", content = @Content(schema = @Schema(implementation = PetitionViews.Submitted.class)),
            headers = @Header(name = "Location", description = "the petition's address", schema = @Schema(type = SchemaType.STRING, example = "/api/v1/petitions/XF-2022-000123")))
    @APIResponse(responseCode = "403", description = "The public set receivedAt, which only staff entering a call or letter may", ref = "Forbidden")
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    public Response submit(@Context HttpServerRequest http, @Valid @NotNull PetitionViews.Submission body) {
        PetitionViews.Submitted submitted = petitions.submit(body, clients.of(http), caller);
        return Response.created(URI.create("/api/v1/petitions/" + submitted.trackingNo())).entity(submitted).build();
    }

    @GET
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "listPetitions", summary = "List petitions (handler, admin, auditor)",
            description = "Newest first; filters: status, channel, reportGroup, overdue (unanswered after the reply deadline), "
                    + "year (academic) or from/to.")
    @APIResponse(responseCode = "200", description = "A page", content = @Content(schema = @Schema(implementation = PetitionViews.SummaryPage.class)))
    public PetitionViews.SummaryPage list(
            @Parameter(description = "only petitions in this state", example = "RECEIVED") @QueryParam("status") PetitionStatus status,
            @Parameter(description = "only petitions that came by this channel (its code)", example = "PRESIDENT_MAILBOX")
            @QueryParam("channel") @Size(max = 40) @Pattern(regexp = GIVEN, flags = Pattern.Flag.DOTALL, message = GIVEN_MESSAGE) String channel,
            @Parameter(description = "only petitions of channels the annual report counts together in this group", example = "MAILBOXES")
            @QueryParam("reportGroup") @Size(max = 40) @Pattern(regexp = GIVEN, flags = Pattern.Flag.DOTALL, message = GIVEN_MESSAGE) String reportGroup,
            @Parameter(description = "true: unanswered after the reply deadline; false: not overdue", example = "true")
            @QueryParam("overdue") Boolean overdue,
            @Parameter(description = "academic year of receipt (1 Sep year-1 to 31 Aug year); instead of from/to", example = "2022")
            @QueryParam("year") @Min(2000) @Max(2100) Integer year,
            @Parameter(description = "received on or after this day", example = "2021-09-01") @QueryParam("from") LocalDate from,
            @Parameter(description = "received on or before this day", example = "2022-08-31") @QueryParam("to") LocalDate to,
            @Parameter(description = "the nextCursor of the previous page", example = "MjAyMi0wOS0zMFQwMjowMDowMFoJYjFmNmQ")
            @QueryParam("cursor") @Size(max = 500) String cursor,
            @Parameter(description = "page size") @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(200) int limit) {
        return petitions.list(status, channel, reportGroup, overdue, year, from, to, cursor, limit, caller);
    }

    @GET
    @Path("/{trackingNo}")
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "jwt"))
    @Operation(operationId = "getPetition", summary = "One petition: the petitioner's view (X-Access-Code) or the staff's",
            description = "With X-Access-Code: status, deadline, unit, reply and steps, no contact data; a wrong code is a 404 like "
                    + "an unknown number. Without it: the staff view (contact masked for auditors).")
    @APIResponse(responseCode = "200", description = "The petition: the petitioner's view with X-Access-Code, else the staff's",
            content = @Content(schema = @Schema(anyOf = {PetitionViews.PetitionerView.class, PetitionViews.StaffView.class})))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    public Object get(@Parameter(description = TRACKING_DESCRIPTION, example = TRACKING_EXAMPLE)
            @PathParam("trackingNo") @Pattern(regexp = TRACKING, message = TRACKING_MESSAGE) String trackingNo,
                      @Parameter(description = "the petitioner's access code, shown once at submission; without it, the caller's bearer token decides",
                              example = "7K3QD-M2XNP-4HV9B-TC6RW") @HeaderParam("X-Access-Code") String code, @Context HttpServerRequest http) {
        return code != null
                ? petitions.forPetitioner(trackingNo, code, clients.of(http))
                : petitions.forStaff(trackingNo, caller);
    }

    @POST
    @Path("/{trackingNo}/assign")
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "assignPetition", summary = "Assign to the responsible unit (handler, admin)",
            description = "RECEIVED → ASSIGNED, or a re-assignment of an ASSIGNED petition; the history records the unit.")
    @APIResponse(responseCode = "200", description = "The petition", content = @Content(schema = @Schema(implementation = PetitionViews.StaffView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public PetitionViews.StaffView assign(@Parameter(description = TRACKING_DESCRIPTION, example = TRACKING_EXAMPLE)
            @PathParam("trackingNo") @Pattern(regexp = TRACKING, message = TRACKING_MESSAGE) String trackingNo,
                                          @Valid @NotNull PetitionViews.Assignment body) {
        return petitions.assign(trackingNo, body, caller);
    }

    @POST
    @Path("/{trackingNo}/reply")
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "replyToPetition", summary = "The unit's answer (handler, admin)",
            description = "ASSIGNED → REPLIED; the petitioner sees the text with their tracking number and code.")
    @APIResponse(responseCode = "200", description = "The petition", content = @Content(schema = @Schema(implementation = PetitionViews.StaffView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public PetitionViews.StaffView reply(@Parameter(description = TRACKING_DESCRIPTION, example = TRACKING_EXAMPLE)
            @PathParam("trackingNo") @Pattern(regexp = TRACKING, message = TRACKING_MESSAGE) String trackingNo,
                                         @Valid @NotNull PetitionViews.Reply body) {
        return petitions.reply(trackingNo, body, caller);
    }

    @POST
    @Path("/{trackingNo}/close")
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "closePetition", summary = "Close an answered petition, with the petitioner's satisfaction where known (handler, admin)",
            description = "REPLIED → CLOSED; satisfaction UNKNOWN when the petitioner did not say.")
    @APIResponse(responseCode = "200", description = "The petition", content = @Content(schema = @Schema(implementation = PetitionViews.StaffView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public PetitionViews.StaffView close(@Parameter(description = TRACKING_DESCRIPTION, example = TRACKING_EXAMPLE)
            @PathParam("trackingNo") @Pattern(regexp = TRACKING, message = TRACKING_MESSAGE) String trackingNo,
                                         @Valid PetitionViews.Closing body) {
        return petitions.close(trackingNo, body, caller);
    }
}
