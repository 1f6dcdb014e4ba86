package io.gongkai.inquiry.petition;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A petition (信访) or piece of feedback; the contact fields are personal data and may be empty (anonymous). */
@Entity
@Table(name = "petition")
public class Petition extends PanacheEntityBase {

    /** How the petitioner felt about the answer, where known. */
    public enum Satisfaction { SATISFIED, BASICALLY_SATISFIED, DISSATISFIED, UNKNOWN }

    @Id
    public UUID id;

    @Column(name = "tracking_no", nullable = false, unique = true)
    public String trackingNo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PetitionStatus status;

    @Column(nullable = false)
    public String channel;

    @Column(nullable = false)
    public String category;

    @Column(nullable = false)
    public String subject;

    @Column(nullable = false)
    public String content;

    @Column(name = "contact_name")
    public String contactName;

    @Column(name = "contact_phone")
    public String contactPhone;

    @Column(name = "contact_email")
    public String contactEmail;

    @Column(name = "received_at", nullable = false)
    public OffsetDateTime receivedAt;

    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;

    public String unit;

    @Column(name = "reply_text")
    public String replyText;

    @Column(name = "replied_at")
    public OffsetDateTime repliedAt;

    @Enumerated(EnumType.STRING)
    public Satisfaction satisfaction;

    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    @Column(name = "access_code_hash", nullable = false)
    public String accessCodeHash;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
