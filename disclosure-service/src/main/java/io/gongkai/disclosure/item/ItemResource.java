package io.gongkai.disclosure.item;

import static io.gongkai.commons.problem.ProblemResponsesDocument.BAD_REQUEST;
import static io.gongkai.commons.problem.ProblemResponsesDocument.CONFLICT;
import static io.gongkai.commons.problem.ProblemResponsesDocument.FORBIDDEN;
import static io.gongkai.commons.problem.ProblemResponsesDocument.NOT_FOUND;
import static io.gongkai.commons.problem.ProblemResponsesDocument.PRECONDITION_FAILED;
import static io.gongkai.commons.problem.ProblemResponsesDocument.TOO_LARGE;
import static io.gongkai.commons.problem.ProblemResponsesDocument.UNAUTHORIZED;
import static io.gongkai.commons.problem.ProblemResponsesDocument.UNPROCESSABLE;

import io.gongkai.commons.period.ReportPeriod;
import io.gongkai.commons.problem.ProblemException;
import io.gongkai.commons.web.ETags;
import io.gongkai.disclosure.security.Caller;
import io.gongkai.commons.web.PublicLinks;
import io.gongkai.disclosure.web.NotBlankWhenGiven;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/items")
@Tag(name = "Items", description = "Published items (主动公开): search, read, write, lifecycle, postings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ItemResource {

    static final String PUBLIC_CACHE = "public, max-age=30";
    static final String ITEM_ID = "0b6f4f0e-8d0c-4f57-9a49-3f1b2a7c9d10";
    static final String IF_MATCH = "the ETag of the version the change is based on; an older one is a 412";
    static final String PRIVATE_CACHE = "private, no-cache";

    private final ItemService items;
    private final ItemSearch search;
    private final AtomFeed atom;
    private final Caller caller;
    private final PublicLinks links;

    public ItemResource(ItemService items, ItemSearch search, AtomFeed atom, Caller caller, PublicLinks links) {
        this.links = links;
        this.items = items;
        this.search = search;
        this.atom = atom;
        this.caller = caller;
    }

    @GET
    @PermitAll
    @SecurityRequirementsSet({})
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "searchItems", summary = "Search and list items",
            description = "Chinese full-text search (character bigrams) on title, summary and body, title hits first; "
                    + "filters; sort by relevance or newest; cursor paging; facets on request. Anonymous callers see "
                    + "PUBLISHED + PUBLIC items only, and so do API keys unless granted scope items:read-campus; campus sign-on "
                    + "users and keys with that scope also see CAMPUS ones, staff everything.")
    @APIResponse(responseCode = "200", description = "One page of items",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ItemViews.Page.class),
                    examples = @ExampleObject(name = "page", value = "{\"items\":[{\"id\":\"0b6f4f0e-8d0c-4f57-9a49-3f1b2a7c9d10\","
                            + "\"title\":\"2022年本科招生章程\",\"checklistItem\":\"7\",\"category\":2,\"unit\":\"ADMISSIONS\","
                            + "\"audience\":\"PUBLIC\",\"status\":\"PUBLISHED\",\"publishedAt\":\"2022-05-20T09:00:00+08:00\","
                            + "\"postings\":[{\"channel\":\"PORTAL\",\"url\":\"https://www.example.edu.cn/a.htm\","
                            + "\"postedAt\":\"2022-05-20T09:00:00+08:00\"}],\"version\":2}],\"nextCursor\":null}")),
            headers = {@Header(name = "ETag", description = "weak tag of this page: send it in If-None-Match for a 304",
                    schema = @Schema(type = SchemaType.STRING, example = "W/\"3f1b2a7c9d100b6f\"")),
                    @Header(name = "Cache-Control", description = "public for anonymous callers, private otherwise",
                            schema = @Schema(type = SchemaType.STRING, example = PUBLIC_CACHE))})
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    public Response list(
            @Parameter(description = "keywords, not blank; two Chinese characters are enough", example = "招生")
            @QueryParam("q") @Size(max = 200) @NotBlankWhenGiven String q,
            @Parameter(description = "checklist category 1-99", example = "2")
            @QueryParam("category") @Min(1) @Max(99) Integer category,
            @Parameter(description = "checklist item number", example = "7", schema = @Schema(type = SchemaType.STRING,
                    pattern = "^[0-9]{1,4}[a-z]?$", maxLength = 5))
            @QueryParam("checklistItem") @Pattern(regexp = "|[0-9]{1,4}[a-z]?", message = "must be a number such as 7")
            String checklistItem,
            @Parameter(description = "channel code, not blank", example = "WECHAT", schema = @Schema(type = SchemaType.STRING, maxLength = 64))
            @QueryParam("channel") @Size(max = 64) @NotBlankWhenGiven String channel,
            @Parameter(description = "unit code, not blank", example = "ADMISSIONS", schema = @Schema(type = SchemaType.STRING, maxLength = 64))
            @QueryParam("unit") @Size(max = 64) @NotBlankWhenGiven String unit,
            @Parameter(description = "report year Y: 1 Sep Y-1 .. 31 Aug Y (not with from/to)", example = "2022")
            @QueryParam("year") @Min(ReportPeriod.FIRST_YEAR) @Max(ReportPeriod.LAST_YEAR) Integer year,
            @Parameter(description = "first day (Asia/Shanghai), inclusive", example = "2021-09-01") @QueryParam("from") LocalDate from,
            @Parameter(description = "last day (Asia/Shanghai), inclusive", example = "2022-08-31") @QueryParam("to") LocalDate to,
            @Parameter(description = "public callers only ever get PUBLISHED; any letter case", example = "PUBLISHED")
            @QueryParam("status") ItemStatus status,
            @Parameter(description = "any letter case", example = "PUBLIC") @QueryParam("audience") ItemRequest.Audience audience,
            @Parameter(description = "relevance (default with q) or newest; any letter case", example = "NEWEST")
            @QueryParam("sort") ItemSearch.Sort sort,
            @Parameter(description = "nextCursor of the previous page (base64url)", example = "bnwyMDIyLTA1LTIw",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^[A-Za-z0-9_-]+$", maxLength = 512))
            @QueryParam("cursor") @Size(max = 512) @Pattern(regexp = "[A-Za-z0-9_-]*", message = "is not a cursor this API issued")
            String cursor,
            @Parameter(description = "page size") @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(200) int limit,
            @Parameter(description = "add counts per category, channel, unit and year") @QueryParam("facets") @DefaultValue("false")
            boolean facets,
            @Context Request request) {
        ReportPeriod period = ReportPeriod.fromQuery(year, from, to, false);
        byte[] page = search.search(new ItemSearch.Criteria(q, category, checklistItem, channel, unit, period.from(),
                period.toExclusive(), status, audience, sort, cursor, limit, facets), caller);
        return cached(page, new EntityTag(digest(page), true), request, caller);
    }

    @GET
    @Path("/feed.atom")
    @PermitAll
    @Produces("application/atom+xml")
    @SecurityRequirementsSet({})
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "getItemFeed", summary = "Atom feed of the latest changes to public items",
            description = "The 50 public items changed last, the latest change first; an entry's `updated` is its change "
                    + "time. A public item that was withdrawn is an RFC 6721 `at:deleted-entry` (namespace "
                    + "http://purl.org/atompub/tombstones/1.0; `ref` = the entry's id, `when` = the withdrawal time). "
                    + "Answers conditional GETs: If-None-Match with its ETag, or If-Modified-Since with its Last-Modified, "
                    + "is a 304. Links and ids use the configured public base URL (gongkai.public-url), never the caller's Host.")
    @APIResponse(responseCode = "200", description = "Atom 1.0 feed (latest 50 changes)",
            headers = {@Header(name = "ETag", description = "tag of this document: send it in If-None-Match for a 304",
                    schema = @Schema(type = SchemaType.STRING, example = "\"3f1b2a7c9d100b6f\"")),
                    @Header(name = "Last-Modified", description = "the latest change in the feed: send it in If-Modified-Since for a 304",
                            schema = @Schema(type = SchemaType.STRING, example = "Fri, 20 May 2022 01:00:00 GMT")),
                    @Header(name = "Cache-Control", description = "public, for a short time",
                            schema = @Schema(type = SchemaType.STRING, example = PUBLIC_CACHE))},
            content = @Content(mediaType = "application/atom+xml", schema = @Schema(type = SchemaType.STRING,
                    description = "an Atom 1.0 <feed> document (RFC 4287) with RFC 6721 tombstones")))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match or the time in If-Modified-Since")
    public Response feed(@Context Request request) {
        AtomFeed.Rendered feed = atom.render(50);
        EntityTag tag = new EntityTag(digest(feed.xml()));
        // HTTP dates have whole seconds: compared at that precision, the Last-Modified sent back is "not modified"
        Date lastModified = Date.from(feed.updated().toInstant().truncatedTo(ChronoUnit.SECONDS));
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(lastModified, tag);
        Response.ResponseBuilder response = unchanged != null ? unchanged
                : Response.ok(feed.xml(), "application/atom+xml; charset=utf-8").tag(tag);
        return response.lastModified(lastModified).header("Cache-Control", PUBLIC_CACHE).build();
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @SecurityRequirementsSet({})
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "getItem", summary = "One item",
            description = "A draft, withdrawn or campus-only item is 404 for callers who may not see it.")
    @APIResponse(responseCode = "200", description = "The item; ETag is its version",
            headers = @Header(name = "ETag", description = "the item's version", schema = @Schema(type = SchemaType.STRING, example = "\"3\"")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ItemViews.Item.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    public Response one(@Parameter(description = "the item's id", example = ITEM_ID) @PathParam("id") UUID id, @Context Request request) {
        ItemRepository.StoredView view = items.view(id, caller).orElseThrow(() -> ProblemException.notFound("Item " + id));
        return cached(view.json(), ETags.of(view.version()), request, caller);
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({"admin", "editor", "auditor"})
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "getItemHistory", summary = "Audit history of an item (staff)",
            description = "Every version of the item: who changed what and when, and why for withdrawals. Admins, editors, auditors.")
    @APIResponse(responseCode = "200", description = "History, oldest first",
            content = @Content(schema = @Schema(implementation = ItemViews.HistoryEntry.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = FORBIDDEN)
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    public List<ItemViews.HistoryEntry> history(@Parameter(description = "the item's id", example = ITEM_ID) @PathParam("id") UUID id) {
        return items.history(id);
    }

    @POST
    @RolesAllowed({"admin", "editor"})
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "createItem", summary = "Create an item (a DRAFT)",
            description = "Editors create items of their own unit only; admins of any unit. The item starts as a DRAFT; "
                    + "publish makes it visible. An Idempotency-Key makes a retry safe.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag set",
            headers = {@Header(name = "Location", description = "the item's address", schema = @Schema(type = SchemaType.STRING, format = "uri")),
                    @Header(name = "ETag", description = "the item's version", schema = @Schema(type = SchemaType.STRING, example = "\"1\""))},
            content = @Content(schema = @Schema(implementation = ItemViews.Item.class)))
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = FORBIDDEN)
    @APIResponse(responseCode = "413", ref = TOO_LARGE)
    @APIResponse(responseCode = "404", ref = NOT_FOUND, description = "The Idempotency-Key's item is gone")
    @APIResponse(responseCode = "422", ref = UNPROCESSABLE)
    public Response create(
            @Parameter(description = "makes a retry safe: the same key and body within 24 hours answer with the item "
                    + "the first attempt created (header Idempotent-Replayed: true) instead of creating another",
                    example = "2f1c7a9e-create-admissions-notice", schema = @Schema(type = SchemaType.STRING, maxLength = 200))
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            @Valid @NotNull ItemRequest request) {
        ItemService.Created created = items.create(request, idempotencyKey);
        ItemState item = created.item();
        Response.ResponseBuilder response = Response.created(links.to("/api/v1/items/" + item.id))
                .tag(ETags.of(item.version)).entity(item.view(dueDate(item)));
        if (created.replayed()) {
            response.header("Idempotent-Replayed", "true");
        }
        return response.build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({"admin", "editor"})
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "replaceItem", summary = "Replace the content of an item (If-Match)", description = "postings left out are kept; "
            + "status changes through publish and withdraw.")
    @APIResponse(responseCode = "200", description = "Updated; ETag is the new version",
            headers = @Header(name = "ETag", description = "the item's version", schema = @Schema(type = SchemaType.STRING, example = "\"3\"")),
            content = @Content(schema = @Schema(implementation = ItemViews.Item.class)))
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = FORBIDDEN)
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    @APIResponse(responseCode = "412", ref = PRECONDITION_FAILED)
    public Response replace(@Parameter(description = "the item's id", example = ITEM_ID) @PathParam("id") UUID id, @Parameter(description = IF_MATCH, example = "\"3\"") @HeaderParam("If-Match") String ifMatch,
                            @Valid @NotNull ItemRequest request) {
        return written(items.replace(id, request, ifMatch));
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed({"admin", "editor"})
    @SecurityRequirement(name = "jwt")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    @Operation(operationId = "patchItem", summary = "Change some fields of an item (JSON merge patch, If-Match)",
            description = "RFC 7396 merge patch of the item's content: fields given replace, null removes an optional one, "
                    + "fields left out stay. Status changes through publish and withdraw.")
    @APIResponse(responseCode = "200", description = "Updated; ETag is the new version",
            headers = @Header(name = "ETag", description = "the item's version", schema = @Schema(type = SchemaType.STRING, example = "\"3\"")),
            content = @Content(schema = @Schema(implementation = ItemViews.Item.class)))
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = FORBIDDEN)
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    @APIResponse(responseCode = "412", ref = PRECONDITION_FAILED)
    public Response patch(@Parameter(description = "the item's id", example = ITEM_ID) @PathParam("id") UUID id, @Parameter(description = IF_MATCH, example = "\"3\"") @HeaderParam("If-Match") String ifMatch,
                          @RequestBody(content = {
                                  @Content(mediaType = "application/merge-patch+json", schema = @Schema(implementation = ItemPatch.class), example = "{\"summary\": \"更新后的摘要\"}"),
                                  @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ItemPatch.class), example = "{\"summary\": \"更新后的摘要\"}")})
                          String patch) {
        return written(items.patch(id, patch, ifMatch));
    }

    @POST
    @Path("/{id}/publish")
    @RolesAllowed({"admin", "editor"})
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "publishItem", summary = "Publish a draft",
            description = "Makes the item visible to its audience; publishing a published item again is a no-op. "
                    + "publishedAt is the business time of publication, now when left out.")
    @APIResponse(responseCode = "200", description = "Published; ETag is the new version",
            headers = @Header(name = "ETag", description = "the item's version", schema = @Schema(type = SchemaType.STRING, example = "\"3\"")),
            content = @Content(schema = @Schema(implementation = ItemViews.Item.class)))
    @APIResponse(responseCode = "403", ref = FORBIDDEN)
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CONFLICT, description = "The item is withdrawn")
    @APIResponse(responseCode = "412", ref = PRECONDITION_FAILED)
    public Response publish(@Parameter(description = "the item's id", example = ITEM_ID) @PathParam("id") UUID id, @Parameter(description = IF_MATCH, example = "\"3\"") @HeaderParam("If-Match") String ifMatch,
                            @Valid ItemViews.PublishRequest request) {
        return written(items.publish(id, request == null ? null : request.publishedAt(), ifMatch));
    }

    @POST
    @Path("/{id}/withdraw")
    @RolesAllowed({"admin", "editor"})
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "withdrawItem", summary = "Withdraw a published item, with a reason",
            description = "The item is no longer public; the item and its history stay, with the reason.")
    @APIResponse(responseCode = "200", description = "Withdrawn; ETag is the new version",
            headers = @Header(name = "ETag", description = "the item's version", schema = @Schema(type = SchemaType.STRING, example = "\"3\"")),
            content = @Content(schema = @Schema(implementation = ItemViews.Item.class)))
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = FORBIDDEN)
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CONFLICT, description = "The item is not published")
    @APIResponse(responseCode = "412", ref = PRECONDITION_FAILED)
    public Response withdraw(@Parameter(description = "the item's id", example = ITEM_ID) @PathParam("id") UUID id, @Parameter(description = IF_MATCH, example = "\"3\"") @HeaderParam("If-Match") String ifMatch,
                             @Valid @NotNull ItemViews.WithdrawRequest request) {
        return written(items.withdraw(id, request.reason(), ifMatch));
    }

    @POST
    @Path("/{id}/postings")
    @RolesAllowed({"admin", "editor"})
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "addItemPosting", summary = "Record that the item went out on one more channel",
            description = "Adds a posting (channel, url, postedAt) to the item; one posting per channel.")
    @APIResponse(responseCode = "201", description = "Posting added; the item with its postings",
            headers = @Header(name = "ETag", description = "the item's version", schema = @Schema(type = SchemaType.STRING, example = "\"3\"")),
            content = @Content(schema = @Schema(implementation = ItemViews.Item.class)))
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CONFLICT, description = "Already posted on that channel")
    @APIResponse(responseCode = "412", ref = PRECONDITION_FAILED)
    public Response addPosting(@Parameter(description = "the item's id", example = ITEM_ID) @PathParam("id") UUID id, @Parameter(description = IF_MATCH, example = "\"3\"") @HeaderParam("If-Match") String ifMatch,
                               @Valid @NotNull ItemRequest.PostingRequest posting) {
        ItemState item = items.addPosting(id, posting, ifMatch);
        return Response.status(201).tag(ETags.of(item.version)).entity(item.view(dueDate(item))).build();
    }

    @DELETE
    @Path("/{id}/postings/{channel}")
    @RolesAllowed({"admin", "editor"})
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "removeItemPosting", summary = "Remove the posting of an item on a channel",
            description = "The item no longer lists that channel among its postings.")
    @APIResponse(responseCode = "200", description = "Posting removed; the item with its remaining postings",
            headers = @Header(name = "ETag", description = "the item's version", schema = @Schema(type = SchemaType.STRING, example = "\"3\"")),
            content = @Content(schema = @Schema(implementation = ItemViews.Item.class)))
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    @APIResponse(responseCode = "412", ref = PRECONDITION_FAILED)
    public Response removePosting(@Parameter(description = "the item's id", example = ITEM_ID) @PathParam("id") UUID id, @Parameter(description = "the channel code of the posting", example = "WECHAT")
                                  @PathParam("channel") String channel,
                                  @Parameter(description = IF_MATCH, example = "\"3\"") @HeaderParam("If-Match") String ifMatch) {
        return written(items.removePosting(id, channel, ifMatch));
    }

    private Response written(ItemState item) {
        return Response.ok(item.view(dueDate(item))).tag(ETags.of(item.version)).build();
    }

    private LocalDate dueDate(ItemState item) {
        return items.dueDate(item);
    }

    /** A read with ETag and Cache-Control (shared caches only for the public answer): the current version gets a 304. */
    private static Response cached(byte[] json, EntityTag tag, Request request, Caller caller) {
        String cache = caller.anonymous() ? PUBLIC_CACHE : PRIVATE_CACHE;
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        Response.ResponseBuilder response = unchanged != null ? unchanged
                : Response.ok(json, MediaType.APPLICATION_JSON_TYPE).tag(tag);
        return response.header("Cache-Control", cache).header("Vary", "Authorization").build();
    }

    /**
     * The weak ETag of a page: CRC-32 and CRC-32C of its bytes (64 bits). It only has to tell one answer
     * to the same URL from the next, and a cryptographic digest would cost a good part of a search.
     */
    static String digest(byte[] json) {
        CRC32 crc = new CRC32();
        crc.update(json);
        CRC32C crcC = new CRC32C();
        crcC.update(json);
        return HexFormat.of().toHexDigits((crc.getValue() << 32) | crcC.getValue());
    }
}
