package io.gongkai.inquiry.petition;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What a petition is about (教学, 招生, 财务...): reference data. */
@Entity
@Table(name = "petition_category")
public class PetitionCategory extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public int position;
}
