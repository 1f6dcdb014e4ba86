package io.gongkai.inquiry.request;

import io.gongkai.inquiry.request.RequestEnums.ApplicantSubType;
import io.gongkai.inquiry.request.RequestEnums.ApplicantType;
import io.gongkai.inquiry.request.RequestEnums.Channel;
import io.gongkai.inquiry.request.RequestEnums.DeliveryForm;
import io.gongkai.inquiry.request.RequestEnums.DeliveryMethod;
import io.gongkai.inquiry.request.RequestEnums.LegalBasis;
import io.gongkai.inquiry.request.RequestEnums.Outcome;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A disclosure request (依申请公开申请) with its applicant; the applicant's fields are personal data. */
@Entity
@Table(name = "request")
public class DisclosureRequest extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "tracking_no", nullable = false, unique = true)
    public String trackingNo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RequestStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Channel channel;

    @Column(name = "received_at", nullable = false)
    public OffsetDateTime receivedAt;

    @Column(name = "effective_receipt", nullable = false)
    public LocalDate effectiveReceipt;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Column(name = "extension_days", nullable = false)
    public int extensionDays;

    @Column(name = "extension_reason")
    public String extensionReason;

    @Column(name = "extension_approver")
    public String extensionApprover;

    @Enumerated(EnumType.STRING)
    @Column(name = "applicant_type", nullable = false)
    public ApplicantType applicantType;

    @Enumerated(EnumType.STRING)
    @Column(name = "applicant_sub_type")
    public ApplicantSubType applicantSubType;

    @Column(name = "applicant_name", nullable = false)
    public String applicantName;

    @Column(name = "applicant_id_number")
    public String applicantIdNumber;

    @Column(name = "applicant_phone")
    public String applicantPhone;

    @Column(name = "applicant_email")
    public String applicantEmail;

    @Column(name = "applicant_address")
    public String applicantAddress;

    @Column(nullable = false)
    public String description;

    @Column(name = "document_number")
    public String documentNumber;

    @Column(name = "document_date")
    public LocalDate documentDate;

    public String purpose;

    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_form", nullable = false)
    public DeliveryForm deliveryForm;

    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_method", nullable = false)
    public DeliveryMethod deliveryMethod;

    @Column(name = "own_information", nullable = false)
    public boolean ownInformation;

    @Column(name = "identity_verified", nullable = false)
    public boolean identityVerified;

    public String handler;

    @Enumerated(EnumType.STRING)
    public Outcome outcome;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_basis")
    public LegalBasis legalBasis;

    @Column(name = "reply_text")
    public String replyText;

    @Enumerated(EnumType.STRING)
    @Column(name = "reply_delivery_form")
    public DeliveryForm replyDeliveryForm;

    @Column(name = "fee_amount")
    public BigDecimal feeAmount;

    @Column(name = "fee_waived")
    public Boolean feeWaived;

    @Column(name = "fee_deadline")
    public LocalDate feeDeadline;

    @Column(name = "clarification_deadline")
    public LocalDate clarificationDeadline;

    @Column(name = "answered_at")
    public OffsetDateTime answeredAt;

    @Column(name = "ended_at")
    public OffsetDateTime endedAt;

    @Column(name = "access_code_hash", nullable = false)
    public String accessCodeHash;

    @Column(name = "idempotency_key")
    public String idempotencyKey;

    @Column(name = "request_hash")
    public String requestHash;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    public RequestLifecycle lifecycle() {
        return new RequestLifecycle(status, extensionDays > 0, ownInformation, identityVerified);
    }
}
