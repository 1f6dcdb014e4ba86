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

/** An item of one checklist version (item 7: 招生章程...), in its category. */
@Entity
@Table(name = "checklist_item")
@IdClass(ChecklistItem.Key.class)
public class ChecklistItem extends PanacheEntityBase {

    @Id
    public String checklist;

    @Id
    @Column(name = "item_no")
    public String itemNo;

    @Column(name = "category_no", nullable = false)
    public int categoryNo;

    @Column(nullable = false)
    public String title;

    public String note;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;

    /** The primary key (checklist, item_no). */
    public static class Key implements Serializable {
        public String checklist;
        public String itemNo;

        public Key() {
        }

        public Key(String checklist, String itemNo) {
            this.checklist = checklist;
            this.itemNo = itemNo;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(checklist, k.checklist) && Objects.equals(itemNo, k.itemNo);
        }

        @Override
        public int hashCode() {
            return Objects.hash(checklist, itemNo);
        }
    }

    public static List<ChecklistItem> of(String checklist) {
        return list("checklist = ?1 order by sortOrder, itemNo", checklist);
    }
}
