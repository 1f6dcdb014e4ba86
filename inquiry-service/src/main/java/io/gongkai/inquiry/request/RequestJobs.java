package io.gongkai.inquiry.request;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import org.jboss.logging.Logger;

/** Closes requests whose clarification or fee did not come by the applicant's deadline (docs/domain.md). */
@ApplicationScoped
public class RequestJobs {

    private static final Logger LOG = Logger.getLogger(RequestJobs.class);

    private final RequestService requests;

    public RequestJobs(RequestService requests) {
        this.requests = requests;
    }

    @Scheduled(identity = "close-expired-waits", every = "${gongkai.requests.sweep-every:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void closeExpiredWaits() {
        int closed = requests.closeExpiredWaits(OffsetDateTime.now());
        if (closed > 0) {
            LOG.infof("closed %d requests whose clarification or fee did not come in time", closed);
        }
    }
}
