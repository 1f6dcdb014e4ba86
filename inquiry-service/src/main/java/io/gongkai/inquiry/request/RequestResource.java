package io.gongkai.inquiry.request;

import io.gongkai.commons.web.ClientAddresses;
import io.gongkai.inquiry.request.RequestEnums.Outcome;
import io.gongkai.inquiry.request.RequestViews.ApplicantView;
import io.gongkai.inquiry.request.RequestViews.StaffView;
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
import jakarta.ws.rs.core.HttpHeaders;
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

/** Disclosure requests (依申请公开): intake, the applicant's and the staff's views, the clock, and every step. */
@Path("/api/v1/requests")
@Tag(name = "Disclosure requests", description = "依申请公开: requests on the statutory working-day clock")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RequestResource {

    static final String TRACKING = "YSQ-\\d{4}-\\d{6}";
    static final String TRACKING_MESSAGE = "must look like YSQ-2022-000123";
    private static final String TRACKING_DESCRIPTION = "the request's tracking number: YSQ, the calendar year of receipt, a sequence number";
    private static final String TRACKING_EXAMPLE = "YSQ-2022-000123";
    private static final String CODE = "X-Access-Code";
    private static final String CODE_DESCRIPTION = "the applicant's access code, shown once at submission; without it, the caller's bearer token decides";
    private static final String CODE_EXAMPLE = "7K3QD-M2XNP-4HV9B-TC6RW";
    /** a free-text filter: left out or empty is no filter, blank is a mistake */
    static final String GIVEN = "|.*\\S.*";
    static final String GIVEN_MESSAGE = "must not be blank";

    private final RequestService requests;
    private final Caller caller;

    public RequestResource(RequestService requests, Caller caller) {
        this.requests = requests;
        this.caller = caller;
    }

    @POST
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "jwt"))
    @Operation(operationId = "submitRequest", summary = "Submit a disclosure request",
            description = "Anyone may submit (channel ONLINE, received now); staff entering a letter, visit or fax set channel and "
                    + "receivedAt. The answer carries the tracking number, the due date and the access code, shown this once. "
                    + "A retry with the same Idempotency-Key and body answers the same request with a fresh access code.")
    @APIResponse(responseCode = "201", description = "Received", content = @Content(schema = @Schema(implementation = RequestViews.Submitted.class)),
            headers = @Header(name = "Location", description = "the request's address", schema = @Schema(type = SchemaType.STRING, example = "/api/v1/requests/YSQ-2022-000123")))
    @APIResponse(responseCode = "200", description = "A retry of the same Idempotency-Key: the same request, a fresh access code",
            content = @Content(schema = @Schema(implementation = RequestViews.Submitted.class)),
            headers = @Header(name = "Location", description = "the request's address", schema = @Schema(type = SchemaType.STRING, example = "/api/v1/requests/YSQ-2022-000123")))
    @APIResponse(responseCode = "403", description = "The public set channel or receivedAt, which only staff entering a letter or visit may",
            ref = "Forbidden")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    public Response submit(@Parameter(description = "makes a retry safe: the same key and body answer the same request (24 hours)",
                                   example = "2f1c7a9e-5b4d-4e8a-9c3f-6d2b1a0e7f45") @HeaderParam("Idempotency-Key")
                           @Size(min = 8, max = 200) @Pattern(regexp = "[\\x21-\\x7e]+") String idempotencyKey,
                           @Context HttpServerRequest http, @Valid @NotNull RequestViews.Submission body) {
        RequestService.Intake intake = requests.submit(body, idempotencyKey, client(http), caller);
        URI location = URI.create("/api/v1/requests/" + intake.submitted().trackingNo());
        return (intake.created() ? Response.created(location) : Response.ok().location(location)).entity(intake.submitted()).build();
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "listRequests", summary = "List requests (handler, admin, auditor)",
            description = "Newest received first. Filters: status, overdue, due within N working days, outcome, handler, and the "
                    + "period (year= the academic year, or from=/to= dates of receipt). Accept: text/csv exports every match. "
                    + "Auditors see applicants' names masked.")
    @APIResponse(responseCode = "200", description = "A page, or the CSV export",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RequestViews.SummaryPage.class)),
                       @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING,
                               description = "trackingNo,status,channel,receivedAt,dueDate,overdue,applicantType,applicantSubType,applicantName,handler,outcome; "
                                       + "text cells that a spreadsheet would run as a formula (leading = + - @) start with an apostrophe"))})
    public Response list(@Parameter(description = "only requests in this state", example = "RECEIVED") @QueryParam("status") RequestStatus status,
                         @Parameter(description = "true: unanswered after the end of the due date; false: not overdue", example = "true")
                         @QueryParam("overdue") Boolean overdue,
                         @Parameter(description = "open and due within this many working days from today", example = "5")
                         @QueryParam("dueWithin") @Min(0) @Max(60) Integer dueWithin,
                         @Parameter(description = "only requests answered or closed with this outcome", example = "DISCLOSED")
                         @QueryParam("outcome") Outcome outcome,
                         @Parameter(description = "only requests assigned to this handler (user name)", example = "handler-1")
                         @QueryParam("handler") @Size(max = 100) @Pattern(regexp = GIVEN, flags = Pattern.Flag.DOTALL, message = GIVEN_MESSAGE) String handler,
                         @Parameter(description = "academic year of receipt (1 Sep year-1 to 31 Aug year); instead of from/to", example = "2022")
                         @QueryParam("year") @Min(2000) @Max(2100) Integer year,
                         @Parameter(description = "received on or after this day", example = "2021-09-01") @QueryParam("from") LocalDate from,
                         @Parameter(description = "received on or before this day", example = "2022-08-31") @QueryParam("to") LocalDate to,
                         @Parameter(description = "the nextCursor of the previous page", example = "eyJyIjoiMjAyMi0wOS0zMFQwMjowMDowMFoiLCJ0IjoiWVNRLTIwMjItMDAwMTIzIn0")
                         @QueryParam("cursor") @Size(max = 500) String cursor,
                         @Parameter(description = "page size") @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(200) int limit,
                         @Parameter(description = "excel: the CSV export for a spreadsheet (UTF-8 with a byte order mark, Chinese "
                                 + "headers, names beside codes, times in the office's time zone), whatever the Accept header", example = "excel",
                                 schema = @Schema(type = SchemaType.STRING, enumeration = "excel"))
                         @QueryParam("for") RequestViews.ExportFor exportFor,
                         @Parameter(hidden = true) @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        RequestViews.Filter filter = new RequestViews.Filter(status, overdue, dueWithin, outcome, handler, year, from, to);
        if (exportFor == RequestViews.ExportFor.EXCEL) {
            return Response.ok(requests.csv(filter, true, caller), "text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"requests-excel.csv\"").build();
        }
        if (accept != null && accept.contains("text/csv") && !accept.contains(MediaType.APPLICATION_JSON)) {
            return Response.ok(requests.csv(filter, false, caller), "text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"requests.csv\"").build();
        }
        return Response.ok(requests.list(filter, cursor, limit, caller), MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("/{trackingNo}")
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "jwt"))
    @Operation(operationId = "getRequest", summary = "One request: the applicant's view (X-Access-Code) or the staff's (bearer token)",
            description = "With X-Access-Code: status, due date, what the applicant must do, the reply, and the steps, without any "
                    + "personal data; a wrong code is a 404 like an unknown number. Without it: the staff view for handler, admin "
                    + "(unmasked) and auditor (masked).")
    @APIResponse(responseCode = "200", description = "The request: the applicant's view with X-Access-Code, else the staff's",
            content = @Content(schema = @Schema(anyOf = {ApplicantView.class, StaffView.class})))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    public Object get(@Parameter(description = TRACKING_DESCRIPTION, example = TRACKING_EXAMPLE)
            @PathParam("trackingNo") @Pattern(regexp = TRACKING, message = TRACKING_MESSAGE) String trackingNo,
                      @Parameter(description = CODE_DESCRIPTION, example = CODE_EXAMPLE) @HeaderParam(CODE) String code, @Context HttpServerRequest http) {
        return code != null ? requests.forApplicant(trackingNo, code, client(http)) : requests.forStaff(trackingNo, caller);
    }

    @GET
    @Path("/{trackingNo}/clock")
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "jwt"))
    @Operation(operationId = "getRequestClock", summary = "How the due date was counted",
            description = "The effective receipt day and why, every day from receipt to the due date counted or skipped and why "
                    + "(weekend, holiday, make-up working day counted, paused for clarification), the extension and the due date. "
                    + "For the applicant (X-Access-Code) and staff.")
    @APIResponse(responseCode = "200", description = "The explanation", content = @Content(schema = @Schema(implementation = RequestViews.ClockView.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    public RequestViews.ClockView clock(@Parameter(description = TRACKING_DESCRIPTION, example = TRACKING_EXAMPLE)
            @PathParam("trackingNo") @Pattern(regexp = TRACKING, message = TRACKING_MESSAGE) String trackingNo,
                                        @Parameter(description = CODE_DESCRIPTION, example = CODE_EXAMPLE) @HeaderParam(CODE) String code, @Context HttpServerRequest http) {
        return requests.clock(trackingNo, code, client(http), caller);
    }

    @POST
    @Path("/{trackingNo}/accept")
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "acceptRequest", summary = "Accept a received request (handler, admin)",
            description = "RECEIVED → ACCEPTED; the reason, if any, goes into the history.")
    @APIResponse(responseCode = "200", description = "The request", content = @Content(schema = @Schema(implementation = StaffView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public StaffView accept(@Parameter(description = TRACKING_DESCRIPTION, example = TRACKING_EXAMPLE)
            @PathParam("trackingNo") @Pattern(regexp = TRACKING, message = TRACKING_MESSAGE) String trackingNo,
                            @Valid RequestViews.Reason body) {
        return requests.accept(trackingNo, body, caller);
    }

    @POST
    @Path("/{trackingNo}/assign")
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "assignRequest", summary = "Assign (or re-assign) a handler (handler, admin)",
            description = "Any open request; the history records who assigned it to whom.")
    @APIResponse(responseCode = "200", description = "The request", content = @Content(schema = @Schema(implementation = StaffView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public StaffView assign(@Parameter(description = TRACKING_DESCRIPTION, example = TRACKING_EXAMPLE)
            @PathParam("trackingNo") @Pattern(regexp = TRACKING, message = TRACKING_MESSAGE) String trackingNo,
                            @Valid @NotNull RequestViews.Assignment body) {
        return requests.assign(trackingNo, body, caller);
    }

    @POST
    @Path("/{trackingNo}/verify-identity")
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "verifyRequestIdentity", summary = "Record that the applicant's identity was verified (handler, admin)",
            description = "Only for a request about the applicant's own personal information; its reply waits for this.")
    @APIResponse(responseCode = "200", description = "The request", content = @Content(schema = @Schema(implementation = StaffView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public StaffView verifyIdentity(@Parameter(description = TRACKING_DESCRIPTION, example = TRACKING_EXAMPLE)
            @PathParam("trackingNo") @Pattern(regexp = TRACKING, message = TRACKING_MESSAGE) String trackingNo,
                                    @Valid RequestViews.Reason body) {
        return requests.verifyIdentity(trackingNo, body, caller);
    }

    @POST
    @Path("/{trackingNo}/ask-clarification")
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "askRequestClarification", summary = "Ask the applicant to clarify (handler, admin): the clock stops",
            description = "The clarified request starts a new count; without a clarification in time the request is closed as abandoned.")
    @APIResponse(responseCode = "200", description = "The request", content = @Content(schema = @Schema(implementation = StaffView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public StaffView askClarification(@Parameter(description = TRACKING_DESCRIPTION, example = TRACKING_EXAMPLE)
            @PathParam("trackingNo") @Pattern(regexp = TRACKING, message = TRACKING_MESSAGE) String trackingNo,
                                      @Valid RequestViews.Reason body) {
        return requests.askClarification(trackingNo, body, caller);
    }

    @POST
    @Path("/{trackingNo}/clarified")
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "jwt"))
    @Operation(operationId = "clarifyRequest", summary = "The clarified request: from the applicant (X-Access-Code) or entered by staff",
            description = "A new count of working days starts from the clarified request's effective receipt.")
    @APIResponse(responseCode = "200", description = "The request: the applicant's view with X-Access-Code, else the staff's",
            content = @Content(schema = @Schema(anyOf = {ApplicantView.class, StaffView.class})))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    public Object clarified(@Parameter(description = TRACKING_DESCRIPTION, example = TRACKING_EXAMPLE)
            @PathParam("trackingNo") @Pattern(regexp = TRACKING, message = TRACKING_MESSAGE) String trackingNo,
                            @Parameter(description = CODE_DESCRIPTION, example = CODE_EXAMPLE) @HeaderParam(CODE) String code, @Context HttpServerRequest http,
                            @Valid RequestViews.Clarification body) {
        return requests.clarified(trackingNo, body == null ? new RequestViews.Clarification(null, null) : body, code, client(http), caller);
    }

    @POST
    @Path("/{trackingNo}/extend")
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "extendRequest", summary = "The one extension, approved by the head of the office (admin)",
            description = "At most the configured maximum of working days (15 by default), with the reason told to the applicant.")
    @APIResponse(responseCode = "200", description = "The request", content = @Content(schema = @Schema(implementation = StaffView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public StaffView extend(@Parameter(description = TRACKING_DESCRIPTION, example = TRACKING_EXAMPLE)
            @PathParam("trackingNo") @Pattern(regexp = TRACKING, message = TRACKING_MESSAGE) String trackingNo,
                            @Valid @NotNull RequestViews.Extension body) {
        return requests.extend(trackingNo, body, caller);
    }

    @POST
    @Path("/{trackingNo}/fee-notice")
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "noticeRequestFee", summary = "Ask the applicant to pay a fee (handler, admin)",
            description = "Unpaid by its deadline (working days, a setting), the request is closed as OTHER_NO_FEE.")
    @APIResponse(responseCode = "200", description = "The request", content = @Content(schema = @Schema(implementation = StaffView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public StaffView feeNotice(@Parameter(description = TRACKING_DESCRIPTION, example = TRACKING_EXAMPLE)
            @PathParam("trackingNo") @Pattern(regexp = TRACKING, message = TRACKING_MESSAGE) String trackingNo,
                               @Valid @NotNull RequestViews.FeeNotice body) {
        return requests.feeNotice(trackingNo, body, caller);
    }

    @POST
    @Path("/{trackingNo}/fee-paid")
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "recordRequestFeePaid", summary = "Record that the fee was paid (handler, admin)",
            description = "AWAITING_FEE → the state before the notice; the clock goes on.")
    @APIResponse(responseCode = "200", description = "The request", content = @Content(schema = @Schema(implementation = StaffView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public StaffView feePaid(@Parameter(description = TRACKING_DESCRIPTION, example = TRACKING_EXAMPLE)
            @PathParam("trackingNo") @Pattern(regexp = TRACKING, message = TRACKING_MESSAGE) String trackingNo,
                             @Valid RequestViews.Reason body) {
        return requests.feePaid(trackingNo, body, caller);
    }

    @POST
    @Path("/{trackingNo}/reply")
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "replyToRequest", summary = "Answer the request (handler, admin)",
            description = "An outcome code (docs/domain.md; NOT_DISCLOSED needs its legal basis), the text, the delivery form and the fee "
                    + "(amount charged, waived). A request about the applicant's own information needs the identity verified first.")
    @APIResponse(responseCode = "200", description = "The request", content = @Content(schema = @Schema(implementation = StaffView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public StaffView reply(@Parameter(description = TRACKING_DESCRIPTION, example = TRACKING_EXAMPLE)
            @PathParam("trackingNo") @Pattern(regexp = TRACKING, message = TRACKING_MESSAGE) String trackingNo,
                           @Valid @NotNull RequestViews.Reply body) {
        return requests.reply(trackingNo, body, caller);
    }

    @POST
    @Path("/{trackingNo}/withdraw")
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "jwt"))
    @Operation(operationId = "withdrawRequest", summary = "Withdraw the request: the applicant (X-Access-Code), or staff recording it",
            description = "Any open request; a wrong code is a 404 like an unknown number, and repeated wrong codes are throttled.")
    @APIResponse(responseCode = "200", description = "The request: the applicant's view with X-Access-Code, else the staff's",
            content = @Content(schema = @Schema(anyOf = {ApplicantView.class, StaffView.class})))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    public Object withdraw(@Parameter(description = TRACKING_DESCRIPTION, example = TRACKING_EXAMPLE)
            @PathParam("trackingNo") @Pattern(regexp = TRACKING, message = TRACKING_MESSAGE) String trackingNo,
                           @Parameter(description = CODE_DESCRIPTION, example = CODE_EXAMPLE) @HeaderParam(CODE) String code, @Context HttpServerRequest http, @Valid RequestViews.Reason body) {
        return requests.withdraw(trackingNo, body, code, client(http), caller);
    }

    @POST
    @Path("/{trackingNo}/close")
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "closeRequest", summary = "Close a request whose clarification or fee did not come in time (handler, admin)",
            description = "As OTHER_NO_CLARIFICATION (abandoned) or OTHER_NO_FEE; only after the applicant's deadline. A scheduled job does "
                    + "the same on its own.")
    @APIResponse(responseCode = "200", description = "The request", content = @Content(schema = @Schema(implementation = StaffView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public StaffView close(@Parameter(description = TRACKING_DESCRIPTION, example = TRACKING_EXAMPLE)
            @PathParam("trackingNo") @Pattern(regexp = TRACKING, message = TRACKING_MESSAGE) String trackingNo,
                           @Valid RequestViews.Reason body) {
        return requests.close(trackingNo, body, caller);
    }

    /** The gateway's X-Forwarded-For only with its hop credential (commons' ClientAddresses), else the connection's. */
    @jakarta.inject.Inject
    ClientAddresses clients;

    private String client(HttpServerRequest http) {
        return clients.of(http);
    }
}
