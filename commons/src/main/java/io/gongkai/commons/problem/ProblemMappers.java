package io.gongkai.commons.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.gongkai.commons.web.RequestIds;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import io.gongkai.commons.database.DatabaseErrors;
import io.vertx.core.http.HttpClosedException;
import java.nio.channels.ClosedChannelException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.hibernate.exception.DataException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every exception a request can raise becomes problem+json here: bad input is a 4xx that names the
 * field, a database that is down is a 503, and anything unexpected is a 500 without internals.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final ProblemResponses problems;

    public ProblemMappers(ProblemResponses problems) {
        this.problems = problems;
    }

    @ServerExceptionMapper
    public Response expected(ProblemException e, HttpServerRequest request) {
        return respond(request, e.status(), e.slug(), e.title(), e.getMessage(), e.violations());
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, HttpServerRequest request) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(FieldNames.of(v.getPropertyPath()), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field))
                .toList();
        String detail = violations.stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; "));
        return respond(request, 400, "validation", "Invalid request", detail, violations);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e, HttpServerRequest request) {
        return respond(request, 400, "malformed-json", "Malformed JSON",
                "The request body is not valid JSON (line " + e.getLocation().getLineNr() + ")", List.of());
    }

    @ServerExceptionMapper
    public Response wrongShape(MismatchedInputException e, HttpServerRequest request) {
        String field = FieldNames.of(e);
        String message;
        if (e instanceof UnrecognizedPropertyException) {
            message = "is not a known field";
        } else if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            message = "must be one of " + Arrays.toString(invalid.getTargetType().getEnumConstants());
        } else if (e.getTargetType() != null) {
            message = "has the wrong type (expected " + describe(e.getTargetType()) + ")";
        } else {
            message = "has the wrong type";
        }
        if (field.isEmpty()) {
            return respond(request, 400, "malformed-json", "Malformed JSON", "The request body has the wrong shape", List.of());
        }
        return respond(request, 400, "validation", "Invalid request", field + ": " + message,
                List.of(new Problem.Violation(field, message)));
    }

    @ServerExceptionMapper
    public Response otherJson(JsonProcessingException e, HttpServerRequest request) {
        return respond(request, 400, "malformed-json", "Malformed JSON", "The request body could not be read", List.of());
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, HttpServerRequest request) {
        // a parameter that did not convert (ParameterConverters) arrives wrapped: answer for the problem inside
        if (e.getCause() instanceof ProblemException problem) {
            return expected(problem, request);
        }
        // the JSON reader wraps Jackson's exceptions: answer for the cause, which names the field
        if (e.getCause() instanceof JsonParseException parse) {
            return malformedJson(parse, request);
        }
        if (e.getCause() instanceof MismatchedInputException mismatch) {
            return wrongShape(mismatch, request);
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            return otherJson(json, request);
        }
        Response original = e.getResponse();
        int status = original.getStatus();
        if (status >= 500) {
            LOG.error("HTTP error raised by the application", e);
        }
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type != null ? type.getReasonPhrase() : "HTTP " + status;
        String detail = switch (status) {
            case 404 -> "Nothing is at " + request.path();
            case 405 -> "Method " + request.method() + " is not allowed here";
            case 406 -> "None of the accepted media types can be produced";
            case 415 -> "This media type is not accepted here";
            default -> title;
        };
        Response.ResponseBuilder builder = problems.build(request, status, slugOf(status), title, detail, List.of());
        copyHeader(original, builder, HttpHeaders.ALLOW);
        copyHeader(original, builder, HttpHeaders.WWW_AUTHENTICATE);
        copyHeader(original, builder, HttpHeaders.RETRY_AFTER);
        return builder.build();
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, HttpServerRequest request) {
        return unauthorized(request);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, HttpServerRequest request) {
        return unauthorized(request);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpServerRequest request) {
        return respond(request, 403, "forbidden", "Forbidden", "Your roles or scopes do not allow this operation", List.of());
    }

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, HttpServerRequest request) {
        return staleVersion(request);
    }

    @ServerExceptionMapper
    public Response staleState(StaleStateException e, HttpServerRequest request) {
        return staleVersion(request);
    }

    @ServerExceptionMapper
    public Response constraint(org.hibernate.exception.ConstraintViolationException e, HttpServerRequest request) {
        return respond(request, 409, "conflict", "Conflict",
                "The change conflicts with existing data (" + e.getConstraintName() + ")", List.of());
    }

    @ServerExceptionMapper
    public Response data(DataException e, HttpServerRequest request) {
        return respond(request, 400, "bad-request", "Bad request", "A value does not fit what the database accepts", List.of());
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpServerRequest request) {
        if (DatabaseErrors.unavailable(e)) {
            LOG.warnf("Database unavailable: %s", e.getClass().getSimpleName());
            return problems.build(request, 503, "unavailable", "Service unavailable",
                            "The database is not reachable; try again shortly", List.of())
                    .header(HttpHeaders.RETRY_AFTER, "5").build();
        }
        if (clientGone(e)) {
            // the caller closed the connection before its body arrived (a gateway that timed out): normal traffic
            LOG.debugf("The client closed the connection while its request was read: %s", e.getClass().getSimpleName());
            return respond(request, 400, "bad-request", "Bad request", "The request body did not arrive whole", List.of());
        }
        LOG.error("Unexpected error", e);
        return respond(request, 500, "internal", "Internal error",
                "Something went wrong on our side; quote the request id when reporting it", List.of());
    }

    static boolean clientGone(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof HttpClosedException || t instanceof ClosedChannelException) {
                return true;
            }
        }
        return false;
    }

    private Response unauthorized(HttpServerRequest request) {
        return problems.build(request, 401, "unauthorized", "Unauthorized", "A valid bearer token is required", List.of())
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    private Response staleVersion(HttpServerRequest request) {
        return respond(request, 412, "stale-version", "Precondition failed",
                "The resource was changed by someone else; fetch it again and retry", List.of());
    }

    private Response respond(HttpServerRequest request, int status, String slug, String title, String detail,
                             List<Problem.Violation> violations) {
        return problems.build(request, status, slug, title, detail, violations).build();
    }

    private static void copyHeader(Response from, Response.ResponseBuilder to, String name) {
        Object value = from.getHeaders().getFirst(name);
        if (value != null) {
            to.header(name, value);
        }
    }

    private static String slugOf(int status) {
        return switch (status) {
            case 400 -> "bad-request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 409 -> "conflict";
            case 412 -> "stale-version";
            case 413 -> "too-large";
            case 415 -> "unsupported-media-type";
            case 429 -> "rate-limited";
            default -> status >= 500 ? "unavailable" : "http-" + status;
        };
    }

    private static String describe(Class<?> type) {
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "an ISO-8601 date or time";
        }
        return "an object";
    }
}
