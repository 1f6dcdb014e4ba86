package io.gongkai.gateway.account;

import io.gongkai.commons.database.SchemaMigration;
import io.gongkai.gateway.GatewayConfig;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

/**
 * On start, once the schema is ready: when no staff account exists and GONGKAI_BOOTSTRAP_ADMIN_USER /
 * _PASSWORD are set, creates that admin account, so that a fresh installation can be logged into.
 */
@ApplicationScoped
public class BootstrapAdmin {

    private static final Logger LOG = Logger.getLogger(BootstrapAdmin.class);

    private final GatewayConfig config;
    private final AccountService accounts;
    private final SchemaMigration schema;
    private final Vertx vertx;

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
        vertx.setPeriodic(0, 1000, timer -> {
            if (!schema.ready()) {
                return;
            }
            vertx.cancelTimer(timer);
            vertx.executeBlocking(() -> {
                createIfNone();
                return null;
            }, false);
        });
    }

    void createIfNone() {
        try {
            if (accounts.count() > 0) {
                return;
            }
            String user = config.bootstrap().adminUser().get();
            accounts.create(new AccountRequest(user, config.bootstrap().adminPassword().get(), "admin", null));
            LOG.infof("Created the bootstrap admin account '%s'", user);
        } catch (RuntimeException e) {
            LOG.errorf("Could not create the bootstrap admin account: %s", e.getMessage());
        }
    }
}
