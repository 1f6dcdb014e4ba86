package io.gongkai.disclosure.push;

import static io.gongkai.commons.problem.ProblemResponsesDocument.BAD_REQUEST;
import static io.gongkai.commons.problem.ProblemResponsesDocument.FORBIDDEN;
import static io.gongkai.commons.problem.ProblemResponsesDocument.NOT_FOUND;
import static io.gongkai.commons.problem.ProblemResponsesDocument.TOO_LARGE;
import static io.gongkai.commons.problem.ProblemResponsesDocument.UNAUTHORIZED;
import static io.gongkai.commons.problem.ProblemResponsesDocument.UNSUPPORTED_MEDIA_TYPE;

import io.gongkai.commons.web.ETags;
import io.gongkai.disclosure.item.ItemRequest;
import io.gongkai.commons.web.PublicLinks;
import io.gongkai.disclosure.item.ItemResource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/sources/{source}")
@Tag(name = "Push", description = "Internal systems push what they publish: idempotent upsert by (source, externalId)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
public class SourceItemResource {

    static final String MERGE_PATCH = "application/merge-patch+json";
    static final String SOURCE = "the source system's code; a source system's key pushes as its own source only";

    private final PushService push;
    private final PublicLinks links;

    public SourceItemResource(PushService push, PublicLinks links) {
        this.push = push;
        this.links = links;
    }

    @PUT
    @Path("/items/{externalId}")
    @RolesAllowed({"items:write", "admin"})
    @Operation(operationId = "pushItem", summary = "Push one item (idempotent upsert)",
            description = "Scope items:write and a token whose claim `source` is {source} (an admin may push as any source). "
                    + "A source's key pushes items of the units tied to the source only, and sets a publishedAt more than "
                    + "gongkai.disclosure.push.backfill-after-days (30) days back only while an admin allows back-filling "
                    + "for the source (403 otherwise; keeping the date already recorded is fine). "
                    + "The record is the whole item, status included: a field left out is cleared (postings and attachments "
                    + "too), audience defaults to PUBLIC, status to PUBLISHED (WITHDRAWN needs withdrawReason), publishedAt "
                    + "to the time already recorded (now for a first publication); publishedAt is kept as the business time. "
                    + "For a partial change use PATCH on the same path. "
                    + "The same payload twice is `unchanged`: no new version, no event.")
    @APIResponse(responseCode = "201", description = "created",
            headers = {@Header(name = "Location", description = "the item's address", schema = @Schema(type = SchemaType.STRING, format = "uri")),
                    @Header(name = "ETag", description = "the item's version", schema = @Schema(type = SchemaType.STRING, example = "\"1\""))},
            content = @Content(schema = @Schema(implementation = PushResult.class)))
    @APIResponse(responseCode = "200", description = "updated or unchanged",
            headers = @Header(name = "ETag", description = "the item's version", schema = @Schema(type = SchemaType.STRING, example = "\"2\"")),
            content = @Content(schema = @Schema(implementation = PushResult.class)))
    @APIResponse(responseCode = "400", ref = BAD_REQUEST, description = "Invalid item")
    @APIResponse(responseCode = "401", ref = UNAUTHORIZED, description = "No valid token")
    @APIResponse(responseCode = "403", ref = FORBIDDEN, description = "Wrong scope, another source's token, unknown source, a unit not tied to the source, or a publishedAt older than the back-fill limit without back-filling allowed")
    public Response pushOne(@Parameter(description = SOURCE, example = "admissions") @PathParam("source") String source,
                            @Parameter(description = "the source's own id of the item: 1-200 letters, digits and . _ : / -",
                                    example = "zs-2022-0001", schema = @Schema(type = SchemaType.STRING, maxLength = 200,
                                    pattern = "^[A-Za-z0-9][A-Za-z0-9._:/-]{0,199}$"))
                            @PathParam("externalId") String externalId,
                            @Valid @NotNull ItemRequest request) {
        PushResult result = push.pushOne(source, externalId, request);
        Response.ResponseBuilder response = PushResult.CREATED.equals(result.result())
                ? Response.created(links.to("/api/v1/items/" + result.id()))
                : Response.ok();
        return response.tag(ETags.of(result.version())).entity(result).build();
    }

    @PATCH
    @Path("/items/{externalId}")
    @RolesAllowed({"items:write", "admin"})
    @Consumes(MERGE_PATCH)
    @Operation(operationId = "patchPushedItem", summary = "Change some fields of a pushed item (JSON merge patch)",
            description = "RFC 7396 merge patch of the record last pushed: a field given replaces, null removes it (it is "
                    + "cleared or takes its default, as when a PUT leaves it out), a field left out stays. Status included: "
                    + "{\"status\":\"WITHDRAWN\",\"withdrawReason\":\"...\"} withdraws the item. The result is checked "
                    + "like a PUT; a patch that changes nothing is `unchanged` (no new version, no event). Same tokens as PUT.")
    @RequestBody(required = true, content = @Content(mediaType = MERGE_PATCH, schema = @Schema(implementation = PushPatch.class),
            examples = {@ExampleObject(name = "summary", value = "{\"summary\": \"更正后的摘要\"}"),
                    @ExampleObject(name = "withdraw", value = "{\"status\": \"WITHDRAWN\", \"withdrawReason\": \"名单有误，已更正另发\"}")}))
    @APIResponse(responseCode = "200", description = "updated or unchanged",
            headers = @Header(name = "ETag", description = "the item's version", schema = @Schema(type = SchemaType.STRING, example = "\"2\"")),
            content = @Content(schema = @Schema(implementation = PushResult.class)))
    @APIResponse(responseCode = "400", ref = BAD_REQUEST, description = "Malformed patch, or the patched item is invalid")
    @APIResponse(responseCode = "401", ref = UNAUTHORIZED, description = "No valid token")
    @APIResponse(responseCode = "403", ref = FORBIDDEN, description = "Wrong scope, another source's token, unknown source, a unit not tied to the source, or a publishedAt older than the back-fill limit without back-filling allowed")
    @APIResponse(responseCode = "404", ref = NOT_FOUND, description = "No item with this externalId from this source")
    @APIResponse(responseCode = "415", ref = UNSUPPORTED_MEDIA_TYPE, description = "Not application/merge-patch+json")
    public Response patchOne(@Parameter(description = SOURCE, example = "admissions") @PathParam("source") String source,
                             @Parameter(description = "the source's own id of the item: 1-200 letters, digits and . _ : / -",
                                     example = "zs-2022-0001", schema = @Schema(type = SchemaType.STRING, maxLength = 200,
                                     pattern = "^[A-Za-z0-9][A-Za-z0-9._:/-]{0,199}$"))
                             @PathParam("externalId") String externalId,
                             String patch) {
        PushResult result = push.patchOne(source, externalId, patch);
        return Response.ok().tag(ETags.of(result.version())).entity(result).build();
    }

    @POST
    @Path("/items:batch")
    @RolesAllowed({"items:write", "admin"})
    @Operation(operationId = "pushItemBatch", summary = "Push up to 1000 items at once",
            description = "One result per record, in order: created, updated, unchanged, or rejected with its problems. "
                    + "A bad record never rejects the others. More than 1000 records is a 400 and changes nothing.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = BatchBody.class), examples = @ExampleObject(name = "batch",
            value = "{\"records\":[{\"externalId\":\"zs-2022-0001\",\"title\":\"2022年本科招生章程\",\"checklistItem\":\"7\","
                    + "\"unit\":\"ADMISSIONS\",\"publishedAt\":\"2022-05-20T09:00:00+08:00\",\"producedAt\":\"2022-05-10\","
                    + "\"postings\":[{\"channel\":\"PORTAL\",\"url\":\"https://zsb.example.edu.cn/2022/zszc.htm\"}]}]}")))
    @APIResponse(responseCode = "200", description = "One result per record",
            content = @Content(schema = @Schema(implementation = PushResult.Batch.class), examples = @ExampleObject(name = "results",
                    value = "{\"created\":1,\"updated\":0,\"unchanged\":0,\"rejected\":1,\"results\":[{\"index\":0,"
                            + "\"externalId\":\"zs-2022-0001\",\"result\":\"created\",\"id\":\"0b6f4f0e-8d0c-4f57-9a49-3f1b2a7c9d10\","
                            + "\"version\":1},{\"index\":1,\"externalId\":\"zs-2022-0002\",\"result\":\"rejected\",\"problems\":"
                            + "[{\"field\":\"unit\",\"message\":\"is not a known unit\"}]}]}")))
    @APIResponse(responseCode = "400", ref = BAD_REQUEST, description = "Not a batch, or more than 1000 records")
    @APIResponse(responseCode = "401", ref = UNAUTHORIZED, description = "No valid token")
    @APIResponse(responseCode = "403", ref = FORBIDDEN, description = "Wrong scope, another source's token, unknown source, a unit not tied to the source, or a publishedAt older than the back-fill limit without back-filling allowed")
    @APIResponse(responseCode = "413", ref = TOO_LARGE, description = "Body over the size limit")
    public PushResult.Batch pushBatch(@Parameter(description = SOURCE, example = "admissions") @PathParam("source") String source,
                                      @NotNull BatchBody body) {
        return push.pushBatch(source, body.records());
    }
}
