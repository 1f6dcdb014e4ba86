package io.gongkai.web;

import io.quarkus.arc.Arc;
import io.quarkus.cache.CacheManager;

/** The API answers web keeps (api/PublicReads, page/Names): forgotten before a test, so that it sees the API asked as on a fresh start. */
final class KeptAnswers {

    private KeptAnswers() {
    }

    static void forget() {
        CacheManager caches = Arc.container().instance(CacheManager.class).get();
        for (String name : caches.getCacheNames()) {
            caches.getCache(name).orElseThrow().invalidateAll().await().indefinitely();
        }
    }
}
