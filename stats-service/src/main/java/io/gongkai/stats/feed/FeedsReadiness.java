package io.gongkai.stats.feed;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Where each feed's reader stands, in /q/health/ready. A feed behind or stopped does not make
 * stats-service unready (its figures still answer, as of the cursor): the detail says how far behind.
 */
@Readiness
@ApplicationScoped
public class FeedsReadiness implements HealthCheck {

    private final FeedConsumer consumer;

    public FeedsReadiness(FeedConsumer consumer) {
        this.consumer = consumer;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("event-feeds").up();
        for (FeedConsumer.FeedStatus feed : consumer.status()) {
            response.withData(feed.feed() + ".state", feed.state().name())
                    .withData(feed.feed() + ".position", feed.position())
                    .withData(feed.feed() + ".head", feed.head())
                    .withData(feed.feed() + ".lag", feed.lag());
            if (feed.lastError() != null) {
                response.withData(feed.feed() + ".lastError", feed.lastError());
            }
        }
        return response.build();
    }
}
