package io.gongkai.web.page;

import io.gongkai.web.api.ApiViews;
import io.gongkai.web.api.PublicApi;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The names people read for the codes the API answers with (units, channels, checklist categories), kept for a
 * minute: reference data changes rarely, and every page needs it.
 */
@ApplicationScoped
public class Names {

    private static final Duration KEEP = Duration.ofMinutes(1);

    private final PublicApi api;
    private volatile Snapshot snapshot;

    public Names(@RestClient PublicApi api) {
        this.api = api;
    }

    /** Codes to names; a code without a name (a retired unit) is shown as itself. */
    public record Snapshot(Map<String, String> units, Map<String, String> channels, Map<Integer, String> categories,
                           ApiViews.Checklist checklist, Instant loaded) {

        public String unit(String code) {
            return code == null ? "" : units.getOrDefault(code, code);
        }

        public String channel(String code) {
            return code == null ? "" : channels.getOrDefault(code, code);
        }

        public String category(Integer no) {
            return no == null ? "" : categories.getOrDefault(no, "第" + no + "类");
        }
    }

    public Snapshot current() {
        Snapshot s = snapshot;
        if (s == null || s.loaded().plus(KEEP).isBefore(Instant.now())) {
            ApiViews.Checklist checklist = api.checklist();
            Map<Integer, String> categories = new LinkedHashMap<>();
            checklist.categories().forEach(c -> categories.put(c.no(), c.name()));
            s = new Snapshot(byCode(api::units), byCode(api::channels), categories, checklist, Instant.now());
            snapshot = s;
        }
        return s;
    }

    private static Map<String, String> byCode(Supplier<List<ApiViews.Named>> list) {
        Map<String, String> names = new LinkedHashMap<>();
        list.get().forEach(n -> names.put(n.code(), n.name()));
        return names;
    }
}
