package io.gongkai.inquiry.request;

import io.gongkai.inquiry.request.RequestEnums.ActorRole;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One step of a request: when, by whom (role, and the staff account), and why. */
@Entity
@Table(name = "request_history")
public class RequestHistory extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "request_id", nullable = false)
    public UUID requestId;

    @Column(nullable = false)
    public OffsetDateTime at;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RequestStep step;

    @Enumerated(EnumType.STRING)
    @Column(name = "actor_role", nullable = false)
    public ActorRole actorRole;

    /** the staff account; null for the applicant and the system */
    public String actor;

    public String reason;

    /** the reason's code and its parameters (JSON), which the public column renders in Chinese */
    public String code;

    public String params;

    /** when a step recorded after the fact was entered (null: when it happened) */
    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;
}
