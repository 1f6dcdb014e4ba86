package io.gongkai.inquiry.petition;

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

/** One step of a petition: when, by whom, and why. */
@Entity
@Table(name = "petition_history")
public class PetitionHistory extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "petition_id", nullable = false)
    public UUID petitionId;

    @Column(nullable = false)
    public OffsetDateTime at;

    /** receive, assign, reply, close */
    @Column(nullable = false)
    public String step;

    @Enumerated(EnumType.STRING)
    @Column(name = "actor_role", nullable = false)
    public ActorRole actorRole;

    public String actor;

    public String reason;

    /** the reason's code and its parameters (JSON), which the public column renders in Chinese */
    public String code;

    public String params;
}
