package io.gongkai.web.page;

import io.gongkai.web.api.ApiViews;
import io.gongkai.web.api.PublicApi;
import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The names people read for the codes the API answers with (units, channels, checklist categories), kept for a
 * minute in the "reference" cache (application.properties): reference data changes rarely, and every page needs it.
 */
@ApplicationScoped
public class Names {

    private final PublicApi api;

    public Names(@RestClient PublicApi api) {
        this.api = api;
    }

    /** Codes to names; a code without a name (a retired unit) is shown as itself. */
    public record Snapshot(Map<String, String> units, Map<String, String> channels, Map<Integer, String> categories,
                           ApiViews.Checklist checklist) {

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

    @CacheResult(cacheName = "reference")
    public Snapshot current() {
        ApiViews.Checklist checklist = api.checklist();
        Map<Integer, String> categories = new LinkedHashMap<>();
        checklist.categories().forEach(c -> categories.put(c.no(), c.name()));
        return new Snapshot(byCode(api::units), byCode(api::channels), categories, checklist);
    }

    private static Map<String, String> byCode(Supplier<List<ApiViews.Named>> list) {
        Map<String, String> names = new LinkedHashMap<>();
        list.get().forEach(n -> names.put(n.code(), n.name()));
        return names;
    }
}
