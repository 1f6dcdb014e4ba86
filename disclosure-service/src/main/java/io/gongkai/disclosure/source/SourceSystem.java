package io.gongkai.disclosure.source;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.TreeSet;

/**
 * An internal system that pushes what it publishes (admissions, finance, hr, portal-cms...). Reference data, never code.
 * Its key pushes for {@link #units} only, and back-dates publications only while {@link #backfillAllowed}.
 */
@Entity
@Table(name = "source_system")
public class SourceSystem extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public boolean active = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "source_unit", joinColumns = @JoinColumn(name = "source"))
    @Column(name = "unit", nullable = false)
    public Set<String> units = new TreeSet<>();

    @Column(name = "backfill_allowed", nullable = false)
    public boolean backfillAllowed;

    /** The admin who last allowed or ended back-filling, and when. */
    @Column(name = "backfill_changed_by")
    public String backfillChangedBy;

    @Column(name = "backfill_changed_at")
    public OffsetDateTime backfillChangedAt;

    @Version
    public long version;
}
