package io.gongkai.inquiry.disclosurecase;

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
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A complaint, review or lawsuit about the disclosure work; open cases count as 尚未审结 in table 四. */
@Entity
@Table(name = "disclosure_case")
public class DisclosureCase extends PanacheEntityBase {

    @Schema(name = "CaseKind", description = "COMPLAINT 举报, REVIEW 行政复议, LAWSUIT 诉讼")
    public enum Kind { COMPLAINT, REVIEW, LAWSUIT }

    /** A lawsuit is brought directly, or after a review: two columns of table 四. */
    @Schema(name = "LawsuitRoute")
    public enum LawsuitRoute { DIRECT, AFTER_REVIEW }

    @Schema(name = "CaseStatus", description = "OPEN counts as 尚未审结")
    public enum Status { OPEN, CLOSED }

    /** 结果维持, 结果纠正, 其他结果 */
    @Schema(name = "CaseResult", description = "UPHELD 维持, CORRECTED 纠正, OTHER 其他")
    public enum Result { UPHELD, CORRECTED, OTHER }

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "lawsuit_route")
    public LawsuitRoute lawsuitRoute;

    @Column(name = "received_on", nullable = false)
    public LocalDate receivedOn;

    @Column(nullable = false)
    public String subject;

    @Column(name = "related_request")
    public String relatedRequest;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Enumerated(EnumType.STRING)
    public Result result;

    @Column(name = "closed_on")
    public LocalDate closedOn;

    public String note;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
