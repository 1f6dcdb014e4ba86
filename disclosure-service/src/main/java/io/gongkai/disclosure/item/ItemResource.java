package io.gongkai.disclosure.item;

import io.gongkai.commons.problem.Problem;
import io.gongkai.commons.problem.ProblemException;
import io.gongkai.commons.web.ETags;
import io.gongkai.disclosure.platform.Caller;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/items")
@Tag(name = "Items", description = "Published items (主动公开): search, read, write, lifecycle, postings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ItemResource {

    static final String PUBLIC_CACHE = "public, max-age=30";
    static final String PRIVATE_CACHE = "private, no-cache";

    private final ItemService items;
    private final ItemSearch search;
    private final AtomFeed atom;
    private final Caller caller;

    public ItemResource(ItemService items, ItemSearch search, AtomFeed atom, Caller caller) {
        this.items = items;
        this.search = search;
        this.atom = atom;
        this.caller = caller;
    }

    @GET
    @PermitAll
    @Operation(summary = "Search and list items",
            description = "Chinese full-text search (character bigrams) on title, summary and body, title hits first; "
                    + "filters; sort by relevance or newest; cursor paging; facets on request. Anonymous callers see "
                    + "PUBLISHED + PUBLIC items only, authenticated callers also CAMPUS ones, staff everything.")
    @APIResponse(responseCode = "200", description = "One page of items",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ItemViews.Page.class),
                    examples = @ExampleObject(name = "page", value = "{\"items\":[{\"id\":\"0b6f4f0e-8d0c-4f57-9a49-3f1b2a7c9d10\","
                            + "\"title\":\"2022年本科招生章程\",\"checklistItem\":\"7\",\"category\":2,\"unit\":\"ADMISSIONS\","
                            + "\"audience\":\"PUBLIC\",\"status\":\"PUBLISHED\",\"publishedAt\":\"2022-05-20T09:00:00+08:00\","
                            + "\"postings\":[{\"channel\":\"PORTAL\",\"url\":\"https://www.example.edu.cn/a.htm\","
                            + "\"postedAt\":\"2022-05-20T09:00:00+08:00\"}],\"version\":2}],\"nextCursor\":null}")))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
    @APIResponse(responseCode = "400", description = "Bad filter, limit or cursor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response list(
            @Parameter(description = "keywords; two Chinese characters are enough", example = "招生") @QueryParam("q") String q,
            @Parameter(description = "checklist category 1-10") @QueryParam("category") String categoryParam,
            @Parameter(description = "checklist item number", example = "7") @QueryParam("checklistItem") String checklistItem,
            @Parameter(description = "channel code", example = "WECHAT") @QueryParam("channel") String channel,
            @Parameter(description = "unit code", example = "ADMISSIONS") @QueryParam("unit") String unit,
            @Parameter(description = "report year Y: 1 Sep Y-1 .. 31 Aug Y", example = "2022") @QueryParam("year") String yearParam,
            @Parameter(description = "first day (Asia/Shanghai), inclusive", example = "2021-09-01") @QueryParam("from") String from,
            @Parameter(description = "last day (Asia/Shanghai), inclusive", example = "2022-08-31") @QueryParam("to") String to,
            @Parameter(description = "DRAFT, PUBLISHED or WITHDRAWN (public callers only ever get PUBLISHED)",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"DRAFT", "PUBLISHED", "WITHDRAWN"}))
            @QueryParam("status") String status,
            @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = {"PUBLIC", "CAMPUS"})) @QueryParam("audience") String audience,
            @Parameter(description = "relevance (default with q) or newest",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"relevance", "newest"})) @QueryParam("sort") String sort,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor,
            @Parameter(description = "page size, 1-200") @QueryParam("limit") String limitParam,
            @Parameter(description = "add counts per category, channel, unit and year") @QueryParam("facets") boolean facets,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        Integer category = integer("category", categoryParam, 1, 99);
        Integer year = integer("year", yearParam, 2000, 2100);
        Integer limitValue = integer("limit", limitParam, 1, 200);
        int limit = limitValue == null ? 20 : limitValue;
        LocalDate fromDate = date("from", from);
        LocalDate toExclusive = to == null ? null : date("to", to).plusDays(1);
        if (year != null) {
            if (from != null || to != null) {
                throw ProblemException.invalid("year", "give either year or from/to");
            }
            fromDate = LocalDate.of(year - 1, 9, 1);
            toExclusive = LocalDate.of(year, 9, 1);
        }
        if (fromDate != null && toExclusive != null && !fromDate.isBefore(toExclusive)) {
            throw ProblemException.invalid("to", "must not be before from");
        }
        ItemSearch.Sort order = sort == null ? null : switch (sort.toLowerCase(Locale.ROOT)) {
            case "relevance" -> ItemSearch.Sort.RELEVANCE;
            case "newest" -> ItemSearch.Sort.NEWEST;
            default -> throw ProblemException.invalid("sort", "must be relevance or newest");
        };
        if (q != null && q.length() > 200) {
            throw ProblemException.invalid("q", "must be at most 200 characters");
        }
        Caller.Visibility visibility = caller.visibility();
        byte[] page = search.search(new ItemSearch.Criteria(blank(q), category, blank(checklistItem), blank(channel), blank(unit),
                fromDate, toExclusive, oneOf("status", status, "DRAFT", "PUBLISHED", "WITHDRAWN"),
                oneOf("audience", audience, "PUBLIC", "CAMPUS"), order, blank(cursor), limit, facets, visibility));
        return cached(page, new EntityTag(digest(page), true), ifNoneMatch, visibility);
    }

    @GET
    @Path("/feed.atom")
    @PermitAll
    @Produces("application/atom+xml")
    @Operation(summary = "Atom feed of the newest published public items")
    @APIResponse(responseCode = "200", description = "Atom 1.0 feed (newest 50)",
            content = @Content(mediaType = "application/atom+xml"))
    public Response feed(@Context UriInfo uri) {
        String base = uri.getBaseUri().toString().replaceAll("/$", "");
        return Response.ok(atom.render(base, 50), "application/atom+xml; charset=utf-8")
                .header("Cache-Control", PUBLIC_CACHE).build();
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "One item", description = "A draft, withdrawn or campus-only item is 404 for callers who may not see it.")
    @APIResponse(responseCode = "200", description = "The item; ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ItemViews.Item.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
    @APIResponse(responseCode = "404", description = "No such item, or not visible to the caller",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response one(@PathParam("id") String id, @HeaderParam("If-None-Match") String ifNoneMatch,
                        @HeaderParam("Authorization") String authorization) {
        UUID uuid = uuid(id);
        // the public path (no token) is the hot one: no identity to resolve
        Caller.Visibility visibility = authorization == null ? Caller.Visibility.PUBLIC : caller.visibility();
        ItemRepository.StoredView view = items.view(uuid, visibility).orElseThrow(() -> ProblemException.notFound("Item " + id));
        return cached(view.json(), ETags.of(view.version()), ifNoneMatch, visibility);
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({"admin", "editor", "auditor"})
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Audit history of an item: who changed what and when (staff)")
    @APIResponse(responseCode = "200", description = "History, oldest first",
            content = @Content(schema = @Schema(implementation = ItemViews.HistoryEntry.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not staff",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such item",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<ItemViews.HistoryEntry> history(@PathParam("id") String id) {
        return items.history(uuid(id));
    }

    @POST
    @RolesAllowed({"admin", "editor"})
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Create an item (a DRAFT); editors only for their own unit")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag set",
            content = @Content(schema = @Schema(implementation = ItemViews.Item.class)))
    @APIResponse(responseCode = "400", description = "Invalid item (names each field)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an admin, or an editor of another unit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Body too large",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for another request in the last 24 hours",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(
            @Parameter(description = "makes a retry safe: the same key and body within 24 hours answer with the item "
                    + "the first attempt created (header Idempotent-Replayed: true) instead of creating another",
                    example = "2f1c7a9e-create-admissions-notice") @HeaderParam("Idempotency-Key") String idempotencyKey,
            @Valid @NotNull ItemRequest request) {
        ItemService.Created created = items.create(request, idempotencyKey);
        ItemState item = created.item();
        Response.ResponseBuilder response = Response.created(URI.create("/api/v1/items/" + item.id)).tag(ETags.of(item.version))
                .entity(item.view(dueDate(item)));
        if (created.replayed()) {
            response.header("Idempotent-Replayed", "true");
        }
        return response.build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({"admin", "editor"})
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Replace the content of an item (If-Match)", description = "postings left out are kept; "
            + "status changes through publish and withdraw.")
    @APIResponse(responseCode = "200", description = "Updated; ETag is the new version",
            content = @Content(schema = @Schema(implementation = ItemViews.Item.class)))
    @APIResponse(responseCode = "400", description = "Invalid item",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not allowed for this unit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such item",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response replace(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
                            @Valid @NotNull ItemRequest request) {
        return written(items.replace(uuid(id), request, ifMatch));
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed({"admin", "editor"})
    @SecurityRequirement(name = "jwt")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    @Operation(summary = "Change some fields of an item (JSON merge patch, If-Match)")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(schema = @Schema(implementation = ItemViews.Item.class)))
    @APIResponse(responseCode = "400", description = "Invalid patch",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not allowed for this unit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such item",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response patch(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
                          @Schema(example = "{\"summary\": \"更新后的摘要\"}") String patch) {
        return written(items.patch(uuid(id), patch, ifMatch));
    }

    @POST
    @Path("/{id}/publish")
    @RolesAllowed({"admin", "editor"})
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Publish a draft (publishing twice is a no-op)")
    @APIResponse(responseCode = "200", description = "Published",
            content = @Content(schema = @Schema(implementation = ItemViews.Item.class)))
    @APIResponse(responseCode = "403", description = "Not allowed for this unit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such item",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The item is withdrawn",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response publish(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
                            @Valid ItemViews.PublishRequest request) {
        return written(items.publish(uuid(id), request == null ? null : request.publishedAt(), ifMatch));
    }

    @POST
    @Path("/{id}/withdraw")
    @RolesAllowed({"admin", "editor"})
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Withdraw a published item, with a reason (the item and its history stay)")
    @APIResponse(responseCode = "200", description = "Withdrawn",
            content = @Content(schema = @Schema(implementation = ItemViews.Item.class)))
    @APIResponse(responseCode = "400", description = "No reason given",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not allowed for this unit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such item",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The item is not published",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response withdraw(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
                             @Valid @NotNull ItemViews.WithdrawRequest request) {
        return written(items.withdraw(uuid(id), request.reason(), ifMatch));
    }

    @POST
    @Path("/{id}/postings")
    @RolesAllowed({"admin", "editor"})
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Record that the item went out on one more channel")
    @APIResponse(responseCode = "201", description = "Posting added",
            content = @Content(schema = @Schema(implementation = ItemViews.Item.class)))
    @APIResponse(responseCode = "400", description = "Unknown channel or bad url",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such item",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already posted on that channel",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response addPosting(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
                               @Valid @NotNull ItemRequest.PostingRequest posting) {
        ItemState item = items.addPosting(uuid(id), posting, ifMatch);
        return Response.status(201).tag(ETags.of(item.version)).entity(item.view(dueDate(item))).build();
    }

    @DELETE
    @Path("/{id}/postings/{channel}")
    @RolesAllowed({"admin", "editor"})
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Remove the posting of an item on a channel")
    @APIResponse(responseCode = "200", description = "Posting removed",
            content = @Content(schema = @Schema(implementation = ItemViews.Item.class)))
    @APIResponse(responseCode = "404", description = "No such item or posting",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response removePosting(@PathParam("id") String id, @PathParam("channel") String channel,
                                  @HeaderParam("If-Match") String ifMatch) {
        return written(items.removePosting(uuid(id), channel, ifMatch));
    }

    private Response written(ItemState item) {
        return Response.ok(item.view(dueDate(item))).tag(ETags.of(item.version)).build();
    }

    private LocalDate dueDate(ItemState item) {
        return item.producedAt == null ? null : items.dueDate(item.producedAt);
    }

    /** A read with ETag and Cache-Control: a client that has the current version gets a 304. */
    static Response cached(byte[] json, EntityTag tag, String ifNoneMatch, Caller.Visibility visibility) {
        String cache = visibility == Caller.Visibility.PUBLIC ? PUBLIC_CACHE : PRIVATE_CACHE;
        if (ifNoneMatch != null && matches(ifNoneMatch, tag)) {
            return Response.notModified(tag).header("Cache-Control", cache).header("Vary", "Authorization").build();
        }
        return Response.ok(json, MediaType.APPLICATION_JSON_TYPE).tag(tag).header("Cache-Control", cache)
                .header("Vary", "Authorization").build();
    }

    private static boolean matches(String ifNoneMatch, EntityTag tag) {
        for (String candidate : ifNoneMatch.split(",")) {
            String value = candidate.trim();
            if (value.equals("*")) {
                return true;
            }
            if (value.startsWith("W/")) {
                value = value.substring(2);
            }
            if (value.equals("\"" + tag.getValue() + "\"")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The weak ETag of a page: CRC-32 and CRC-32C of its bytes (64 bits, both computed by CPU instructions).
     * It only has to tell one answer to the same URL from the next; SHA-256 cost a sixth of a search.
     */
    static String digest(byte[] json) {
        CRC32 crc = new CRC32();
        crc.update(json);
        CRC32C crcC = new CRC32C();
        crcC.update(json);
        return HexFormat.of().toHexDigits((crc.getValue() << 32) | crcC.getValue());
    }

    static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("Item " + (id.length() > 40 ? id.substring(0, 40) : id));
        }
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "must be a date such as 2022-08-31");
        }
    }

    /** A whole number in [min, max], or null when absent: a bad value is a 400 that names the parameter. */
    public static Integer integer(String field, String value, int min, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.invalid(field, "must be a whole number from " + min + " to " + max);
    }

    private static String oneOf(String field, String value, String... allowed) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String upper = value.toUpperCase(Locale.ROOT);
        for (String a : allowed) {
            if (a.equals(upper)) {
                return a;
            }
        }
        throw ProblemException.invalid(field, "must be one of " + String.join(", ", allowed));
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
