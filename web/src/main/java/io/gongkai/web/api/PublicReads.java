package io.gongkai.web.api;

import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The anonymous public reads of the API, each kept for a few seconds (quarkus.cache.caffeine.* in
 * application.properties): web never sends a token, so every visitor gets the same answer, and a page seen again
 * within the window costs no API call. A problem answer (4xx/5xx, unreachable) is thrown, and a thrown call is
 * never kept. Anything read with an access code, and every post, goes to {@link PublicApi} directly, never here.
 * One cache per method: two methods with the same parameters would otherwise share keys.
 */
@ApplicationScoped
public class PublicReads {

    private final PublicApi api;

    public PublicReads(@RestClient PublicApi api) {
        this.api = api;
    }

    @CacheResult(cacheName = "api-items")
    public ApiViews.ItemPage searchItems(String q, Integer category, String checklistItem, String unit, String channel,
                                         Integer year, String cursor, Integer limit, Boolean facets) {
        return api.searchItems(q, category, checklistItem, unit, channel, year, cursor, limit, facets);
    }

    @CacheResult(cacheName = "api-item")
    public ApiViews.Item item(String id) {
        return api.item(id);
    }

    @CacheResult(cacheName = "api-coverage")
    public ApiViews.Coverage coverage(int year) {
        return api.coverage(year);
    }

    @CacheResult(cacheName = "api-stats-channels")
    public ApiViews.ChannelStatistics channelStatistics(int year, String granularity) {
        return api.channels(year, granularity);
    }

    @CacheResult(cacheName = "api-stats-channels-csv")
    public String channelsCsv(int year, String granularity) {
        return api.channelsCsv(year, granularity);
    }

    @CacheResult(cacheName = "api-stats-summary")
    public ApiViews.StatisticsSummary summary(int year) {
        return api.summary(year);
    }

    @CacheResult(cacheName = "api-report")
    public ApiViews.AnnualReport report(int year, String format) {
        return api.report(year, format);
    }

    @CacheResult(cacheName = "api-petition-channels")
    public List<ApiViews.PetitionChannel> petitionChannels() {
        return api.petitionChannels();
    }

    @CacheResult(cacheName = "api-petition-categories")
    public List<ApiViews.Named> petitionCategories() {
        return api.petitionCategories();
    }
}
