package io.gongkai.stats.feed;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/** An event the consumer could not apply. Its feed stops before it until an admin decides. */
@Entity
@Table(name = "dead_letter")
public class DeadLetter extends PanacheEntityBase {

    public enum Decision { RETRY, SKIP }

    @Id
    public UUID id;
    public String feed;
    @Column(name = "event_id")
    public UUID eventId;
    public String position;
    public String type;
    public String reason;
    public String payload;
    public int attempts;
    @Column(name = "received_at")
    public OffsetDateTime receivedAt;
    @Enumerated(EnumType.STRING)
    public Decision decision;
    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;
    @Column(name = "decided_by")
    public String decidedBy;
    @Version
    public long version;

    /** The dead letter a feed is stopped at, if any. */
    public static Optional<DeadLetter> openFor(String feed) {
        return find("feed = ?1 and decision is null", feed).firstResultOptional();
    }

    /** The latest dead letter at this place of the feed (a retried event that failed again reuses it). */
    public static Optional<DeadLetter> at(String feed, String position) {
        return find("feed = ?1 and position = ?2 order by receivedAt desc", feed, position).firstResultOptional();
    }
}
