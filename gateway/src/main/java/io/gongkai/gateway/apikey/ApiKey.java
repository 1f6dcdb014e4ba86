package io.gongkai.gateway.apikey;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** An API key of a source system or dashboard. Only the SHA-256 of its secret is kept. */
@Entity
@Table(name = "api_key")
public class ApiKey extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    /** Space-separated scopes, e.g. "items:write metrics:write". */
    @Column(nullable = false)
    public String scopes;

    public String source;

    @Column(name = "secret_hash", nullable = false)
    public String secretHash;

    @Column(name = "rate_limit_per_minute")
    public Integer rateLimitPerMinute;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "revoked_at")
    public OffsetDateTime revokedAt;

    @Column(name = "last_used_at")
    public OffsetDateTime lastUsedAt;

    public List<String> scopeList() {
        return Arrays.stream(scopes.split(" ")).filter(s -> !s.isBlank()).toList();
    }
}
