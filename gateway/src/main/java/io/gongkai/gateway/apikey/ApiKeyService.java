package io.gongkai.gateway.apikey;

import io.gongkai.commons.problem.ProblemException;
import io.gongkai.gateway.GatewayConfig;
import io.gongkai.gateway.caller.Caller;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Creating, listing and revoking API keys, in the database. Lookups on the request path go through {@link ApiKeyCache}. */
@ApplicationScoped
public class ApiKeyService {

    static final String PREFIX = "gk_";
    /** The scope of a source system's item pushes: its key is made only for a registered source. */
    static final String ITEMS_WRITE = "items:write";
    /** The scope that lets a key see campus-only items too (disclosure-service decides by it). */
    static final String CAMPUS = "items:read-campus";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final GatewayConfig config;
    private final SourceRegistry sources;

    public ApiKeyService(GatewayConfig config, SourceRegistry sources) {
        this.config = config;
        this.sources = sources;
    }

    /**
     * A new key. A key with {@code items:write} needs a source that disclosure-service knows (asked with the
     * admin's token before anything is stored: 409 when it is not registered, 503 when nobody can say).
     */
    public ApiKeyView create(ApiKeyRequest request, String createdBy, Caller admin) {
        LinkedHashSet<String> scopes = new LinkedHashSet<>();
        for (String scope : request.scopes()) {
            String s = scope.trim();
            if (!config.keys().scopes().contains(s)) {
                throw ProblemException.invalid("scopes", "unknown scope '" + s + "'; known: " + config.keys().scopes());
            }
            scopes.add(s);
        }
        if (scopes.contains(ITEMS_WRITE)) {
            if (request.source() == null) {
                throw ProblemException.invalid("source", "a key with items:write needs the source it pushes as");
            }
            sources.requireRegistered(request.source(), admin);
        }
        return QuarkusTransaction.requiringNew().call(() -> persist(request, scopes, createdBy));
    }

    private ApiKeyView persist(ApiKeyRequest request, LinkedHashSet<String> scopes, String createdBy) {
        ApiKey key = new ApiKey();
        key.id = UUID.randomUUID();
        key.name = request.name().trim();
        key.scopes = String.join(" ", scopes);
        key.source = request.source();
        key.rateLimitPerMinute = request.rateLimitPerMinute();
        key.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        key.createdBy = createdBy;
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = PREFIX + key.id.toString().replace("-", "") + "_"
                + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        key.secretHash = hash(secret);
        key.persist();
        return ApiKeyView.of(key, secret);
    }

    public List<ApiKeyView> list(boolean includeRevoked) {
        List<ApiKey> keys = includeRevoked
                ? ApiKey.list("order by createdAt desc")
                : ApiKey.list("revokedAt is null order by createdAt desc");
        return keys.stream().map(k -> ApiKeyView.of(k, null)).toList();
    }

    public Optional<ApiKeyView> find(UUID id) {
        return ApiKey.<ApiKey>findByIdOptional(id).map(k -> ApiKeyView.of(k, null));
    }

    /** @return true when the key exists (revoking twice is fine). */
    @Transactional
    public boolean revoke(UUID id) {
        ApiKey key = ApiKey.findById(id);
        if (key == null) {
            return false;
        }
        if (key.revokedAt == null) {
            key.revokedAt = OffsetDateTime.now(ZoneOffset.UTC);
        }
        return true;
    }

    /** The key as the request path needs it, or null. Runs on a worker thread. */
    @Transactional
    public ApiKeyCache.Entry load(UUID id) {
        ApiKey key = ApiKey.findById(id);
        if (key == null) {
            return null;
        }
        return new ApiKeyCache.Entry(key.id, HexFormat.of().parseHex(key.secretHash), java.util.Set.copyOf(key.scopeList()), key.source,
                key.rateLimitPerMinute != null ? key.rateLimitPerMinute : config.ratelimit().keyDefaultPerMinute(),
                key.revokedAt != null);
    }

    @Transactional
    public void recordLastUse(Map<UUID, OffsetDateTime> uses) {
        uses.forEach((id, at) -> ApiKey.update("lastUsedAt = ?1 where id = ?2 and (lastUsedAt is null or lastUsedAt < ?1)", at, id));
    }

    static String hash(String secret) {
        return HexFormat.of().formatHex(digest(secret));
    }

    static byte[] digest(String secret) {
        MessageDigest sha256 = SHA256.get();
        sha256.reset();
        return sha256.digest(secret.getBytes(StandardCharsets.UTF_8));
    }

    /** One SHA-256 per thread: every routed call with a key hashes it, and finding the algorithm among the
     *  security providers each time cost more than the hashing itself. */
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });
}
