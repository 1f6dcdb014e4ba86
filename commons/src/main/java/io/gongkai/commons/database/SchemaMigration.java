package io.gongkai.commons.database;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.flywaydb.core.Flyway;
import org.hibernate.SessionFactory;
import org.jboss.logging.Logger;

/**
 * Migrates the schema with Flyway, then has Hibernate validate the entities against it. Done here
 * rather than by quarkus.flyway.migrate-at-start so that a service whose database is down still
 * starts, says "not ready", and catches up by itself when the database comes back.
 */
@ApplicationScoped
@Readiness
public class SchemaMigration implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class);

    enum State { PENDING, READY, INVALID }

    private final Flyway flyway;
    private final Instance<SessionFactory> sessionFactory;
    private final long retrySeconds;
    private final AtomicReference<State> state = new AtomicReference<>(State.PENDING);
    private final AtomicReference<String> lastError = new AtomicReference<>("not tried yet");
    private ScheduledExecutorService retries;

    public SchemaMigration(Flyway flyway, Instance<SessionFactory> sessionFactory,
                           @ConfigProperty(name = "gongkai.schema.retry-seconds", defaultValue = "3") long retrySeconds) {
        this.flyway = flyway;
        this.sessionFactory = sessionFactory;
        this.retrySeconds = retrySeconds;
    }

    void onStart(@Observes StartupEvent event) {
        if (tryMigrate()) {
            return;
        }
        retries = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "schema-migration");
            thread.setDaemon(true);
            return thread;
        });
        retries.scheduleWithFixedDelay(() -> {
            if (tryMigrate()) {
                retries.shutdown();
            }
        }, retrySeconds, retrySeconds, TimeUnit.SECONDS);
    }

    void onStop(@Observes ShutdownEvent event) {
        if (retries != null) {
            retries.shutdownNow();
        }
    }

    /** @return true when nothing more is to be tried (done, or a schema that will never validate). */
    synchronized boolean tryMigrate() {
        if (state.get() != State.PENDING) {
            return true;
        }
        try {
            flyway.migrate();
        } catch (RuntimeException e) {
            lastError.set("database not reachable or migration failed: " + e.getClass().getSimpleName());
            LOG.warnf("Schema migration not done yet (%s); retrying in %ds", e.getClass().getSimpleName(), retrySeconds);
            return false;
        }
        if (sessionFactory.isResolvable()) {
            try {
                sessionFactory.get().getSchemaManager().validateMappedObjects();
            } catch (RuntimeException e) {
                state.set(State.INVALID);
                lastError.set("entities do not match the migrated schema");
                LOG.error("Entities do not match the migrated schema; fix the migration", e);
                return true;
            }
        }
        state.set(State.READY);
        LOG.info("Database schema migrated and validated");
        return true;
    }

    public boolean ready() {
        return state.get() == State.READY;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("database-schema")
                .status(ready())
                .withData("state", state.get().name())
                .withData("detail", ready() ? "migrated and validated" : lastError.get())
                .build();
    }
}
