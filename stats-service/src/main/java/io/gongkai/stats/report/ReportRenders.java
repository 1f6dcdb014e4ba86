package io.gongkai.stats.report;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Rendered reports (JSON, HTML, Markdown, PDF), kept by year, format, media type and {@link ReportInputs}: a report
 * is the same for everybody until what it is made of changes, and a PDF costs far more to make than to send. Bounded
 * by the bytes kept (least recently used out first); per instance. Renders are counted (gongkai.report.renders).
 */
@ApplicationScoped
public class ReportRenders {

    /** One rendering; {@code keep} is false for one that must not be kept (its annex was unavailable). */
    public record Rendered(byte[] body, String contentType, String format, boolean keep) {
    }

    record Key(int year, String format, String media, String inputs) {
    }

    private final Cache<Key, Rendered> kept;
    private final MeterRegistry registry;

    public ReportRenders(@ConfigProperty(name = "gongkai.stats.report.cache-max-bytes") long maxBytes, MeterRegistry registry) {
        this.registry = registry;
        this.kept = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((Key k, Rendered r) -> r.body().length + k.inputs().length() + 64)
                .build();
    }

    /** The kept rendering, or null. */
    public Rendered kept(int year, String format, String media, String inputs) {
        return kept.getIfPresent(new Key(year, format, media, inputs));
    }

    /** Renders once for concurrent equal requests; keeps what may be kept. */
    public Rendered render(int year, String format, String media, String inputs, Supplier<Rendered> render) {
        Key key = new Key(year, format, media, inputs);
        Rendered rendered = kept.get(key, k -> {
            registry.counter("gongkai.report.renders", "media", media).increment();
            return render.get();
        });
        if (!rendered.keep()) {
            kept.invalidate(key);
        }
        return rendered;
    }
}
