package io.gongkai.stats.feed;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/** Where the reader of one producer's feed stands: moved in the same transaction as the events it applied. */
@Entity
@Table(name = "feed_cursor")
public class FeedCursor extends PanacheEntityBase {

    @Id
    public String feed;
    public String position = "0";
    public String head = "0";
    public long lag;
    public long applied;
    @Column(name = "last_polled_at")
    public OffsetDateTime lastPolledAt;
    @Column(name = "last_error")
    public String lastError;
    @Version
    public long version;

    /** The cursor of a feed, created at position 0 the first time, locked for this transaction. */
    public static FeedCursor lockOrCreate(String feed) {
        FeedCursor cursor = findById(feed, LockModeType.PESSIMISTIC_WRITE);
        if (cursor == null) {
            cursor = new FeedCursor();
            cursor.feed = feed;
            cursor.persistAndFlush();
        }
        return cursor;
    }
}
