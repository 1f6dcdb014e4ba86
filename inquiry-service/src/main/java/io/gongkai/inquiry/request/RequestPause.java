package io.gongkai.inquiry.request;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One request for clarification: the clock stands still from the question to the clarified request. */
@Entity
@Table(name = "request_pause")
public class RequestPause extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "request_id", nullable = false)
    public UUID requestId;

    @Column(name = "asked_at", nullable = false)
    public OffsetDateTime askedAt;

    @Column(name = "clarified_at")
    public OffsetDateTime clarifiedAt;
}
