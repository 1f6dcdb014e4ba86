package io.gongkai.disclosure.source;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An internal system that pushes what it publishes (admissions, finance, hr, portal-cms...). Reference data, never code. */
@Entity
@Table(name = "source_system")
public class SourceSystem extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public boolean active = true;

    @Version
    public long version;
}
