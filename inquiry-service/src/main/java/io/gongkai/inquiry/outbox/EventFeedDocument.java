package io.gongkai.inquiry.outbox;

import io.gongkai.commons.outbox.FeedConsumers;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * The feed's credential header with the example every documented parameter has: commons' EventFeedEndpoint declares
 * it without one (to move there).
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class EventFeedDocument implements OASFilter {

    @Override
    public Parameter filterParameter(Parameter parameter) {
        if (FeedConsumers.HEADER.equals(parameter.getName()) && parameter.getIn() == Parameter.In.HEADER && parameter.getExample() == null) {
            parameter.setExample("stats-7Qm2c9XvB4");
        }
        return parameter;
    }
}
