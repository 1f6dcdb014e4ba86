package io.gongkai.disclosure.web;

import io.gongkai.disclosure.channel.ChannelResource;
import io.gongkai.disclosure.checklist.ChecklistResource;
import io.gongkai.disclosure.item.ItemResource;
import io.gongkai.disclosure.outbox.EventFeedResource;
import io.gongkai.disclosure.push.SourceItemResource;
import io.gongkai.disclosure.source.SourceSystemResource;
import io.gongkai.disclosure.unit.UnitResource;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A method a path does not serve is a 405 that says in {@code Allow} which methods it does serve, on every route.
 * The REST layer answers 404 instead where two resource classes share a prefix (/sources and /sources/{source}/...)
 * and its own 405 carries no Allow; the routes are read once from the resources' annotations.
 */
public class AllowedMethods {

    private static final List<Class<?>> RESOURCES = List.of(ItemResource.class, SourceSystemResource.class,
            SourceItemResource.class, ChannelResource.class, ChecklistResource.class, UnitResource.class,
            EventFeedResource.class);

    private final Map<Pattern, Set<String>> routes = routes();

    @ServerRequestFilter(preMatching = true)
    public void refuseUnservedMethods(ContainerRequestContext request) {
        String method = request.getMethod();
        Set<String> allowed = allowed(request.getUriInfo().getRequestUri().getRawPath());
        if (allowed.isEmpty() || allowed.contains(method)) {
            return; // no such path (the 404 stays), or a method it serves
        }
        throw new NotAllowedException(Response.status(405).allow(allowed).build());
    }

    /** OPTIONS lists exactly the methods that the path serves (and nothing that then answers 405). */
    @ServerRequestFilter(preMatching = true)
    public Response answerOptions(ContainerRequestContext request) {
        if (!HttpMethod.OPTIONS.equals(request.getMethod())) {
            return null;
        }
        Set<String> allowed = allowed(request.getUriInfo().getRequestUri().getRawPath());
        return allowed.isEmpty() ? null : Response.noContent().allow(allowed).build();
    }

    /** The methods some route serves at a raw request path; empty when no route matches it. */
    Set<String> allowed(String rawPath) {
        Set<String> allowed = new TreeSet<>();
        String path = rawPath.length() > 1 && rawPath.endsWith("/") ? rawPath.substring(0, rawPath.length() - 1) : rawPath;
        for (Map.Entry<Pattern, Set<String>> route : routes.entrySet()) {
            if (route.getKey().matcher(path).matches()) {
                allowed.addAll(route.getValue());
            }
        }
        if (allowed.contains(HttpMethod.GET)) {
            allowed.add(HttpMethod.HEAD);
        }
        if (!allowed.isEmpty()) {
            allowed.add(HttpMethod.OPTIONS);
        }
        return allowed;
    }

    private static Map<Pattern, Set<String>> routes() {
        Map<String, Set<String>> byTemplate = new LinkedHashMap<>();
        for (Class<?> resource : RESOURCES) {
            String base = resource.getAnnotation(Path.class).value();
            for (Method m : resource.getMethods()) {
                String verb = verb(m);
                if (verb == null) {
                    continue;
                }
                Path sub = m.getAnnotation(Path.class);
                String template = sub == null ? base : join(base, sub.value());
                byTemplate.computeIfAbsent(template, t -> new TreeSet<>()).add(verb);
            }
        }
        Map<Pattern, Set<String>> routes = new LinkedHashMap<>();
        byTemplate.forEach((template, verbs) -> routes.put(pattern(template), verbs));
        return routes;
    }

    private static String verb(Method m) {
        for (Annotation a : m.getAnnotations()) {
            HttpMethod verb = a.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    private static String join(String base, String sub) {
        String b = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        return b + (sub.startsWith("/") ? sub : "/" + sub);
    }

    /** "/api/v1/items/{id}/postings/{channel}" → a pattern of the raw path, one segment per variable. */
    static Pattern pattern(String template) {
        Matcher variable = Pattern.compile("\\{[^}]+}").matcher(template);
        StringBuilder regex = new StringBuilder();
        int at = 0;
        while (variable.find()) {
            regex.append(Pattern.quote(template.substring(at, variable.start()))).append("[^/]+");
            at = variable.end();
        }
        regex.append(Pattern.quote(template.substring(at)));
        return Pattern.compile(regex.toString());
    }
}
