package io.gongkai.gateway.account;

import io.gongkai.commons.database.SchemaMigration;
import io.gongkai.gateway.GatewayConfig;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

/**
 * On start, once the schema is ready: when no staff account exists and GONGKAI_BOOTSTRAP_ADMIN_USER /
 * _PASSWORD are set, creates that admin account, so that a fresh installation can be logged into.
 * The gateway is not ready before this is done, so that a script waiting for readiness can log in.
 */
@ApplicationScoped
@Readiness
public class BootstrapAdmin implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(BootstrapAdmin.class);

    private final GatewayConfig config;
    private final AccountService accounts;
    private final SchemaMigration schema;
    private final Vertx vertx;
    private volatile String state = "not configured";
    private volatile boolean pending;

    public BootstrapAdmin(GatewayConfig config, AccountService accounts, @Readiness SchemaMigration schema, Vertx vertx) {
        this.config = config;
        this.accounts = accounts;
        this.schema = schema;
        this.vertx = vertx;
    }

    void onStart(@Observes StartupEvent event) {
        if (config.bootstrap().adminUser().isEmpty() || config.bootstrap().adminPassword().isEmpty()) {
            return;
        }
        pending = true;
        state = "waiting for the database";
        awaitSchema(1);
    }

    private void awaitSchema(long delayMillis) {
        vertx.setTimer(delayMillis, timer -> {
            if (!schema.ready()) {
                awaitSchema(1000);
                return;
            }
            vertx.executeBlocking(() -> {
                createIfNone();
                return null;
            }, false);
        });
    }

    void createIfNone() {
        try {
            if (accounts.count() > 0) {
                state = "staff accounts exist";
                return;
            }
            String user = config.bootstrap().adminUser().get();
            accounts.create(new AccountRequest(user, config.bootstrap().adminPassword().get(), "admin", null));
            state = "created";
            LOG.infof("Created the bootstrap admin account '%s'", user);
        } catch (RuntimeException e) {
            state = "failed: " + e.getMessage();
            LOG.errorf("Could not create the bootstrap admin account: %s", e.getMessage());
        } finally {
            pending = false;
        }
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("bootstrap-admin").status(!pending).withData("state", state).build();
    }
}
