package io.gongkai.stats.figure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The dashboards' answers: figures with an ETag of their representation and a minute of caching, and 304 to an
 * If-None-Match that names the same figures (dashboards poll; most polls find nothing new).
 */
@ApplicationScoped
public class FigureAnswers {

    static final int MAX_AGE_SECONDS = 60;

    private final ObjectMapper mapper;

    public FigureAnswers(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** {@code figures} as JSON, or 304. */
    public Response json(Request request, Object figures) {
        try {
            return answer(request, mapper.writeValueAsString(figures), MediaType.APPLICATION_JSON);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code body} as {@code mediaType} (its tag covers both), or 304; the builder lets the caller add headers. */
    public Response.ResponseBuilder builder(Request request, String body, String mediaType) {
        EntityTag tag = tag(mediaType + "\n" + body);
        CacheControl cache = new CacheControl();
        cache.setMaxAge(MAX_AGE_SECONDS);
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        return (unchanged != null ? unchanged : Response.ok(body, mediaType)).tag(tag).cacheControl(cache);
    }

    private Response answer(Request request, String body, String mediaType) {
        return builder(request, body, mediaType).build();
    }

    private static EntityTag tag(String representation) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(representation.getBytes(StandardCharsets.UTF_8));
            return new EntityTag(HexFormat.of().formatHex(digest, 0, 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
