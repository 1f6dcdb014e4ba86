package io.gongkai.gateway.apikey;

import io.gongkai.gateway.GatewayConfig;
import io.gongkai.gateway.caller.Caller;
import io.gongkai.gateway.ratelimit.RateLimiter;
import io.gongkai.gateway.caller.Refusal;
import io.gongkai.gateway.token.TokenMinter;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * API keys on the request path: the secret {@code gk_<id>_<random>} names its key, the key is looked
 * up once (on a worker thread) and cached, and the secret is checked against the stored SHA-256 on the
 * event loop. Revoking on this instance drops the cache entry at once; other instances see it within
 * {@code gongkai.keys.cache-ttl}. The cache holds at most {@code gongkai.keys.cache-size} entries. Last-used times are collected in memory and written in batches.
 */
@ApplicationScoped
public class ApiKeyCache {

    private static final Logger LOG = Logger.getLogger(ApiKeyCache.class);
    private static final Entry ABSENT = new Entry(null, new byte[0], Set.of(), null, 0, true);

    /** What the request path needs to know about a key. */
    public record Entry(UUID id, byte[] secretHash, Set<String> scopes, String source, int ratePerMinute, boolean revoked) {
    }

    /** A looked-up key and the caller it stands for (made once, not per request). */
    private record Cached(Entry entry, Caller caller, long loadedAtNanos) {
    }

    private final ApiKeyService keys;
    private final TokenMinter minter;
    private final RateLimiter limiter;
    private final Vertx vertx;
    private final long ttlNanos;
    private final Cache<UUID, Cached> cache;
    private final ConcurrentHashMap<UUID, Long> lastUse = new ConcurrentHashMap<>();

    public ApiKeyCache(ApiKeyService keys, TokenMinter minter, RateLimiter limiter, Vertx vertx, GatewayConfig config) {
        this.keys = keys;
        this.minter = minter;
        this.limiter = limiter;
        this.vertx = vertx;
        this.ttlNanos = config.keys().cacheTtl().toNanos();
        // bounded: a flood of invented key ids evicts the least recently used entries, one by one
        this.cache = Caffeine.newBuilder().maximumSize(config.keys().cacheSize()).expireAfterWrite(config.keys().cacheTtl())
                .build();
        this.flushEveryMillis = config.keys().lastUsedFlush().toMillis();
    }

    private final long flushEveryMillis;

    void onStart(@Observes StartupEvent event) {
        vertx.setPeriodic(flushEveryMillis, id -> vertx.executeBlocking(() -> {
            flushLastUse();
            return null;
        }, false));
    }

    /** The caller a secret stands for; a failed future with a 401 {@link Refusal} when it stands for none. */
    public Future<Caller> resolve(String secret) {
        UUID id = idOf(secret);
        if (id == null) {
            return Future.failedFuture(Refusal.unauthorized("The API key is not valid"));
        }
        Cached cached = cache.getIfPresent(id);
        if (cached != null && System.nanoTime() - cached.loadedAtNanos() < ttlNanos) {
            return check(cached, secret);
        }
        return vertx.executeBlocking(() -> keys.load(id), false).map(loaded -> {
            Entry entry = loaded != null ? loaded : ABSENT;
            Caller caller = entry.revoked() ? null : new Caller(Caller.Kind.API_KEY, entry.id().toString(), entry.scopes(),
                    entry.source(), null, entry.ratePerMinute(), null);
            Cached fresh = new Cached(entry, caller, System.nanoTime());
            cache.put(id, fresh);
            return fresh;
        }).compose(fresh -> check(fresh, secret));
    }

    /** Takes effect at once for this instance: the next request with the key is refused. */
    public void invalidate(UUID id) {
        cache.invalidate(id);
        minter.forget(Caller.Kind.API_KEY, id.toString());
        limiter.forget("key:" + id);
    }

    /** How many keys the cache holds now (after pending evictions). */
    long cachedEntries() {
        cache.cleanUp();
        return cache.estimatedSize();
    }

    /** Writes the collected last-used times (also called before a listing, so that it is current). */
    public void flushLastUse() {
        if (lastUse.isEmpty()) {
            return;
        }
        Map<UUID, OffsetDateTime> batch = new HashMap<>();
        for (UUID id : lastUse.keySet()) {
            Long at = lastUse.remove(id);
            if (at != null) {
                batch.put(id, OffsetDateTime.ofInstant(Instant.ofEpochMilli(at), ZoneOffset.UTC));
            }
        }
        try {
            keys.recordLastUse(batch);
        } catch (RuntimeException e) {
            LOG.warnf("Could not record when %d API keys were last used: %s", batch.size(), e.getClass().getSimpleName());
        }
    }

    private Future<Caller> check(Cached cached, String secret) {
        if (cached.caller() == null || !MessageDigest.isEqual(cached.entry().secretHash(), ApiKeyService.digest(secret))) {
            return Future.failedFuture(Refusal.unauthorized("The API key is not valid or was revoked"));
        }
        // to the second: a write per call to the same entry from every event loop made them queue on its lock
        long now = System.currentTimeMillis();
        Long recorded = lastUse.get(cached.entry().id());
        if (recorded == null || now - recorded >= 1000) {
            lastUse.put(cached.entry().id(), now);
        }
        return Future.succeededFuture(cached.caller());
    }

    /** "gk_" + 32 hex digits of the id + "_" + random. */
    static UUID idOf(String secret) {
        if (secret == null || secret.length() < 40 || secret.length() > 200 || !secret.startsWith(ApiKeyService.PREFIX)
                || secret.charAt(35) != '_') {
            return null;
        }
        String hex = secret.substring(3, 35);
        try {
            return new UUID(Long.parseUnsignedLong(hex.substring(0, 16), 16), Long.parseUnsignedLong(hex.substring(16), 16));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
