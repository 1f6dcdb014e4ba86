package io.gongkai.gateway;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Everything the gateway reads from configuration (application.properties documents each key). */
@ConfigMapping(prefix = "gongkai")
public interface GatewayConfig {

    /** The services behind the gateway, by name: their address and the path prefixes they own. */
    Map<String, Route> routes();

    Gateway gateway();

    /** The public column (web), which gets every path outside /api, /q and /internal; none when not set. */
    Site site();

    interface Site {
        Optional<String> url();
    }

    /** The staff console, which gets /console and below (a second site route beside web); none when not set. */
    Console console();

    interface Console {
        Optional<String> url();
    }

    Jwt jwt();

    Idp idp();

    Keys keys();

    Accounts accounts();

    RateLimit ratelimit();

    OpenApi openapi();

    Bootstrap bootstrap();

    AccessLog accessLog();

    /** Browser origins allowed to call the API (the gateway answers CORS itself, cors/Cors). */
    Cors cors();

    interface Cors {
        /** Exact origins ({@code https://portal.example.edu}, {@code http://localhost:5173}), or {@code *} for any. */
        List<String> origins();

        List<String> methods();

        List<String> headers();

        List<String> exposedHeaders();

        Duration maxAge();
    }

    /** Read by commons' SchemaMigration; declared here because this mapping owns the "gongkai" prefix. */
    Schema schema();

    interface Schema {
        @WithDefault("3")
        int retrySeconds();
    }

    interface Route {
        String url();

        List<String> prefixes();

        Optional<Duration> timeout();

        Optional<Integer> retries();

        /** The audience of the tokens forwarded to it; by default "<name>-service". */
        Optional<String> audience();
    }

    interface Gateway {
        Duration timeout();

        @WithDefault("2S")
        Duration connectTimeout();

        @WithDefault("2")
        int retries();

        Breaker breaker();

        MemorySize maxBodyBytes();

        @WithDefault("64")
        int poolSize();
    }

    interface Breaker {
        @WithDefault("5")
        int failures();

        @WithDefault("10S")
        Duration openFor();
    }

    interface Jwt {
        String privateKey();

        String issuer();

        Duration forwardedLifetime();

        /** The audience of staff login tokens: the gateway itself (no service accepts them). */
        @WithDefault("gongkai-gateway")
        String gatewayAudience();

        Duration staffLifetime();
    }

    interface Idp {
        Optional<String> jwksUrl();

        Optional<String> issuer();

        @WithDefault("groups")
        String groupsClaim();
    }

    interface Keys {
        List<String> scopes();

        Duration cacheTtl();

        Duration lastUsedFlush();
    }

    interface Accounts {
        int bcryptCost();

        int loginFailures();

        int loginFailuresPerAddress();

        Duration loginWindow();
    }

    interface RateLimit {
        int keyDefaultPerMinute();

        int anonymousWritesPerMinute();
    }

    interface Bootstrap {
        /** The admin account created on start when no staff account exists (none when unset). */
        Optional<String> adminUser();

        Optional<String> adminPassword();
    }

    interface AccessLog {
        @WithDefault("true")
        boolean enabled();

        /** Where the lines go: this file (appended to), or standard output when unset. */
        Optional<String> file();

        /** JSON lines like the other log lines in prod (application.properties ties the two). */
        @WithDefault("false")
        boolean json();

        /** How often queued lines are written. */
        @WithDefault("200ms")
        Duration flushInterval();

        /** Lines that may wait to be written; beyond, lines are dropped and the drop is logged. */
        @WithDefault("100000")
        int queueCapacity();
    }

    interface OpenApi {
        Duration refresh();

        String serverUrl();
    }
}
