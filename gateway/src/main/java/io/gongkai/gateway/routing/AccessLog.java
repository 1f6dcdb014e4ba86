package io.gongkai.gateway.routing;

import io.gongkai.commons.web.RequestIds;
import io.gongkai.gateway.GatewayConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * One line per request: method, path (no query: it may hold search words), route, status, duration
 * and caller (key id, account id, or "-"). Never a header value, a token or a secret.
 * Lines are queued and written in batches by {@link AccessLogWriter} from a thread of its own, every
 * {@code gongkai.access-log.flush-interval}.
 * The same place times every request for /q/metrics ({@code gongkai_gateway_requests_seconds} by route,
 * uri, method and status): Micrometer's HTTP server binder is off in the gateway, as it took about 4 %
 * of the gateway's CPU per routed call and named calls by raw path.
 */
@ApplicationScoped
public class AccessLog {

    private static final Logger LOG = Logger.getLogger(AccessLog.class);
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    private final MeterRegistry registry;
    private final ConcurrentHashMap<Series, Timer> timers = new ConcurrentHashMap<>();
    private final AccessLogWriter writer;
    /** The file the lines go to (closed on shutdown); null for standard output. */
    private final OutputStream file;
    private final Thread flusher;
    private volatile boolean running = true;

    public AccessLog(MeterRegistry registry, GatewayConfig config) {
        this.registry = registry;
        GatewayConfig.AccessLog settings = config.accessLog();
        if (!settings.enabled()) {
            file = null;
            writer = null;
            flusher = null;
            return;
        }
        OutputStream out = open(settings.file());
        file = settings.file().isPresent() ? out : null;
        writer = new AccessLogWriter(out, settings.json(), settings.queueCapacity());
        long intervalMillis = Math.max(1, settings.flushInterval().toMillis());
        flusher = new Thread(() -> flushEvery(intervalMillis), "access-log");
        flusher.setDaemon(true);
        flusher.start();
    }

    /** One series of the request timer; every part has a bounded set of values. */
    private record Series(String route, String uri, String method, int status) {
    }

    void register(@Observes Filters filters) {
        filters.register(this::start, 2000);
    }

    void start(RoutingContext rc) {
        long started = System.nanoTime();
        rc.addEndHandler(done -> {
            String route = rc.get(ProxyHandler.ROUTE_KEY);
            long nanos = System.nanoTime() - started;
            String method = rc.request().method().name();
            int status = rc.response().getStatusCode();
            time(route, rc.get(ProxyHandler.URI_KEY), method, status, nanos);
            if (writer == null) {
                return;
            }
            // built by hand: java.util.Formatter and a regex per request stood out in the gateway's profile
            String caller = rc.get(ProxyHandler.CALLER_KEY);
            long micros = nanos / 1000;
            StringBuilder line = new StringBuilder(160).append(method).append(' ');
            appendPrintable(line, rc.request().path());
            line.append(" route=").append(route != null ? route : "gateway")
                    .append(" status=").append(status)
                    .append(" ms=").append(micros / 1000).append('.');
            long hundredths = micros % 1000 / 10;
            line.append(hundredths < 10 ? "0" : "").append(hundredths)
                    .append(" caller=").append(caller != null ? caller : "-");
            if (!done.succeeded()) {
                line.append(" (aborted)");
            }
            writer.add(new AccessLogWriter.Entry(System.currentTimeMillis(), RequestIds.of(rc.request()), line.toString()));
        });
        rc.next();
    }

    private void flushEvery(long intervalMillis) {
        while (running) {
            try {
                Thread.sleep(intervalMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            flush();
        }
    }

    /** Writes the queued lines now (also on shutdown, so that the last requests are not lost). */
    void flush() {
        if (writer == null) {
            return;
        }
        try {
            writer.drain();
        } catch (IOException | RuntimeException e) {
            LOG.warnf("The access log could not be written: %s", e.toString());
        }
        long dropped = writer.takeDropped();
        if (dropped > 0) {
            LOG.warnf("%d access-log lines were dropped: the writer fell behind the requests", dropped);
        }
    }

    @PreDestroy
    void close() {
        running = false;
        if (flusher != null) {
            flusher.interrupt();
        }
        flush();
        if (file != null) {
            try {
                file.close(); // standard output stays open for the log lines of the shutdown
            } catch (IOException e) {
                LOG.warnf("The access log file could not be closed: %s", e.toString());
            }
        }
    }

    private static OutputStream open(Optional<String> file) {
        if (file.isEmpty()) {
            return new FileOutputStream(FileDescriptor.out);
        }
        try {
            Path path = Path.of(file.get());
            if (path.getParent() != null) {
                Files.createDirectories(path.getParent());
            }
            return new FileOutputStream(path.toFile(), true);
        } catch (IOException e) {
            throw new UncheckedIOException("The access log file " + file.get() + " cannot be opened", e);
        }
    }

    private void time(String route, String uri, String method, int status, long nanos) {
        Series series = new Series(route != null ? route : "gateway", uri != null ? uri : "gateway",
                METHODS.contains(method) ? method : "OTHER", status);
        Timer timer = timers.get(series);
        if (timer == null) {
            timer = timers.computeIfAbsent(series, s -> Timer.builder("gongkai.gateway.requests")
                    .description("Requests answered by the gateway: routed calls by service and path prefix, "
                            + "the gateway's own as route and uri \"gateway\"")
                    .tags("route", s.route(), "uri", s.uri(), "method", s.method(), "status", Integer.toString(s.status()))
                    .register(registry));
        }
        timer.record(nanos, TimeUnit.NANOSECONDS);
    }

    /** The path, cut at 200 characters, with anything but printable ASCII as '?' (no log injection). */
    static void appendPrintable(StringBuilder line, String path) {
        if (path == null) {
            line.append('-');
            return;
        }
        int end = Math.min(path.length(), 200);
        for (int i = 0; i < end; i++) {
            char c = path.charAt(i);
            line.append(c >= 0x21 && c <= 0x7e ? c : '?');
        }
        if (path.length() > 200) {
            line.append("...");
        }
    }
}
