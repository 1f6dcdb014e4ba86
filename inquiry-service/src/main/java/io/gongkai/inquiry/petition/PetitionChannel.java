package io.gongkai.inquiry.petition;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A way petitions arrive (校长信箱, 公开电话...): reference data an admin maintains. */
@Entity
@Table(name = "petition_channel")
public class PetitionChannel extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    /** channels the annual report counts together share a group */
    @Column(name = "report_group", nullable = false)
    public String reportGroup;

    @Column(name = "report_group_name", nullable = false)
    public String reportGroupName;

    /** the reply deadline of this channel; null: the default setting */
    @Column(name = "reply_working_days")
    public Integer replyWorkingDays;

    @Column(nullable = false)
    public boolean active;

    @Column(nullable = false)
    public int position;

    @Version
    public long version;
}
