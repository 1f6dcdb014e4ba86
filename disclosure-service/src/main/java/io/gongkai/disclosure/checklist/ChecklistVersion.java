package io.gongkai.disclosure.checklist;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Optional;

/** A version of the checklist (the 2014 list, a revision...); one is current. */
@Entity
@Table(name = "checklist_version")
public class ChecklistVersion extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;

    @Column(name = "is_current", nullable = false)
    public boolean current;

    /** Counts the changes of its items (not an optimistic lock: making a version current does not change it). */
    @Column(nullable = false)
    public long version;

    public static Optional<ChecklistVersion> current() {
        return find("current", true).firstResultOptional();
    }
}
