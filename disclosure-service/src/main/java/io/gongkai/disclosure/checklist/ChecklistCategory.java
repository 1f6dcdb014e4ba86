package io.gongkai.disclosure.checklist;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/** A category (1–10 in the 2014 list) of one checklist version. */
@Entity
@Table(name = "checklist_category")
@IdClass(ChecklistCategory.Key.class)
public class ChecklistCategory extends PanacheEntityBase {

    @Id
    public String checklist;

    @Id
    public int no;

    @Column(nullable = false)
    public String name;

    /** The primary key (checklist, no). */
    public static class Key implements Serializable {
        public String checklist;
        public int no;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(checklist, k.checklist) && no == k.no;
        }

        @Override
        public int hashCode() {
            return Objects.hash(checklist, no);
        }
    }

    public static List<ChecklistCategory> of(String checklist) {
        return list("checklist = ?1 order by no", checklist);
    }
}
