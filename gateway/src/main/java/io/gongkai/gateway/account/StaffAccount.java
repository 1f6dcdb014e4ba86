package io.gongkai.gateway.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A local staff account (for campuses without single sign-on). The password is kept as a bcrypt hash. */
@Entity
@Table(name = "staff_account")
public class StaffAccount extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String username;

    @Column(name = "password_hash", nullable = false)
    public String passwordHash;

    @Column(nullable = false)
    public String role;

    public String unit;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(nullable = false)
    public boolean disabled;

    /** Raised by disabling, enabling and every password change: tokens of an earlier epoch are refused. */
    @Column(name = "token_epoch", nullable = false)
    public int tokenEpoch;

    /** Ends every token issued so far. */
    void endTokens() {
        tokenEpoch++;
    }
}
