package io.gongkai.commons.problem;

import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Typed request parameters (whole numbers, true/false, dates, UUIDs, enums) read strictly, with a refusal
 * that names the parameter: {@code limit=many}, {@code facets=maybe} and {@code to=%20} are 400 problems,
 * never a silent default or a 500 (an empty value, {@code limit=}, is the parameter left out). An enum is read case-insensitively ({@code sort=newest}). A malformed
 * id in a path names nothing that exists: 404, as an unknown id.
 * The server hands a missing primitive parameter over as "0": a primitive {@code boolean} is read strictly
 * only with {@code @DefaultValue} (write {@code @DefaultValue("false") boolean facets}), else leniently as before.
 * <p>
 * The server wraps what a converter throws (a query parameter's failure as a 404); {@link ProblemMappers}
 * answers for the {@link ProblemException} inside.
 */
@Provider
public class ParameterConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        Source source = source(annotations);
        if (source == null) {
            return null;
        }
        if (rawType == int.class || rawType == Integer.class) {
            return (ParamConverter<T>) strict(source, "must be a whole number", Integer::valueOf, rawType == int.class ? 0 : null);
        }
        if (rawType == long.class || rawType == Long.class) {
            return (ParamConverter<T>) strict(source, "must be a whole number", Long::valueOf, rawType == long.class ? 0L : null);
        }
        if (rawType == boolean.class && !hasDefault(annotations)) {
            return null; // the server hands a missing one over as "0": leave such a parameter to its lenient reading
        }
        if (rawType == boolean.class || rawType == Boolean.class) {
            return (ParamConverter<T>) strict(source, "must be true or false", ParameterConverters::bool,
                    rawType == boolean.class ? Boolean.FALSE : null);
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) strict(source, "must be a date such as 2022-08-31", LocalDate::parse, null);
        }
        if (rawType == UUID.class) {
            return (ParamConverter<T>) strict(source, "must be a UUID", UUID::fromString, null);
        }
        if (rawType.isEnum()) {
            Class<? extends Enum> type = (Class<? extends Enum>) rawType;
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            return (ParamConverter<T>) strict(source, "must be one of " + allowed,
                    value -> Enum.valueOf(type, value.toUpperCase(Locale.ROOT)), null);
        }
        return null;
    }

    /** Where a parameter comes from and its name as the caller writes it. */
    private record Source(String name, boolean path) {
    }

    private static boolean hasDefault(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a instanceof DefaultValue) {
                return true;
            }
        }
        return false;
    }

    private static Source source(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a instanceof QueryParam q) {
                return new Source(q.value(), false);
            }
            if (a instanceof PathParam p) {
                return new Source(p.value(), true);
            }
            if (a instanceof HeaderParam h) {
                return new Source(h.value(), false);
            }
            if (a instanceof FormParam f) {
                return new Source(f.value(), false);
            }
            if (a instanceof MatrixParam m) {
                return new Source(m.value(), false);
            }
            if (a instanceof CookieParam c) {
                return new Source(c.value(), false);
            }
        }
        return null;
    }

    /** {@code absent} is what a missing parameter without a default reads as (0 or false for a primitive). */
    private static <T> ParamConverter<T> strict(Source source, String message, Function<String, T> parse, T absent) {
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null || value.isEmpty()) {
                    return absent; // "?limit=" is no limit, as when it is left out; " " is a bad value
                }
                try {
                    // no trimming: " 5" is not what a client meant to send as 5
                    return parse.apply(value);
                } catch (IllegalArgumentException | DateTimeParseException e) {
                    throw refusal(source, value, message);
                }
            }

            @Override
            public String toString(T value) {
                return value == null ? null : value.toString();
            }
        };
    }

    private static ProblemException refusal(Source source, String value, String message) {
        if (source.path()) {
            String shown = value.length() > 40 ? value.substring(0, 40) : value;
            return new ProblemException(404, "not-found", "Not found", source.name() + " " + shown + " does not exist");
        }
        return ProblemException.invalid(source.name(), message);
    }

    private static Boolean bool(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException("not a boolean");
        };
    }
}
