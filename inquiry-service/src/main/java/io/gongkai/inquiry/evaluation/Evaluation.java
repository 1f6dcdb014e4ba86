package io.gongkai.inquiry.evaluation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One public evaluation (评议) of the disclosure work: a rating and an optional comment, anonymous. */
@Entity
@Table(name = "evaluation")
public class Evaluation extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public int rating;

    public String comment;

    @Column(name = "received_at", nullable = false)
    public OffsetDateTime receivedAt;
}
