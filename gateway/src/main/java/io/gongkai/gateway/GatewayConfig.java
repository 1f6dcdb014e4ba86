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

        /** The largest body the public column's forms take (web's own limit). */
        @WithDefault("10M")
        MemorySize maxBodyBytes();
    }

    /** Who may tell the gateway a visitor's address, and how the gateway proves itself to the services. */
    Hop hop();

    interface Hop {
        /**
         * SHA-256 (hex) of the hop credentials of the front ends (web, console) whose X-Forwarded-For the gateway
         * believes; none: nobody's.
         */
        Optional<List<String>> trustedSha256();

        /** The gateway's own hop credential, sent to the services with the X-Forwarded-For it sets. */
        Optional<String> credential();
    }

    /** The staff console, which gets /console and below (a second site route beside web); none when not set. */
    Console console();

    interface Console {
        Optional<String> url();

        /** The largest body the console's forms take (the console's own limit). */
        @WithDefault("10M")
        MemorySize maxBodyBytes();
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

        /** The largest body it takes (the service's own limit); by default gongkai.gateway.max-body-bytes. */
        Optional<MemorySize> maxBodyBytes();
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

        /** How long a staff session may be kept alive by refreshes, counted from its sign-in. */
        @WithDefault("12H")
        Duration sessionMax();
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

        /** Keys kept in the cache at most (unknown ids are not kept). */
        @WithDefault("10000")
        int cacheSize();

        Duration lastUsedFlush();

        /** Failed key lookups (unknown, wrong or revoked keys) one client address may make per lookup-window. */
        @WithDefault("30")
        int failuresPerAddress();

        @WithDefault("1M")
        Duration failureWindow();
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

        /** Gateway instances sharing the load: each allows its share of the in-memory request rates. */
        @WithDefault("1")
        int instances();
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
