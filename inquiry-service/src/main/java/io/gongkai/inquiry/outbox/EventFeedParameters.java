package io.gongkai.inquiry.outbox;

import io.gongkai.commons.problem.ProblemException;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A blank feed position ({@code after=%20}) is a mistake, not the beginning: commons' EventPosition reads it as 0, so the
 * feed refuses it here, as every other parameter refuses a blank value (to move into EventPosition.parse).
 */
public class EventFeedParameters {

    @ServerRequestFilter
    public void refuseBlankPosition(ContainerRequestContext request) {
        if (!request.getUriInfo().getPath().equals("/internal/v1/events")) {
            return;
        }
        List<String> after = request.getUriInfo().getQueryParameters().get("after");
        if (after != null && after.stream().anyMatch(v -> !v.isEmpty() && v.isBlank())) {
            throw ProblemException.invalid("after", "must not be blank (0 is the beginning)");
        }
    }
}
