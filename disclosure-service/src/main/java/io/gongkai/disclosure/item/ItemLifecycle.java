package io.gongkai.disclosure.item;

import io.gongkai.commons.problem.ProblemException;
import java.time.OffsetDateTime;

/**
 * The life of an item, for every writer (editors through {@link ItemService}, source systems through
 * the push): which step may follow which status, and what a step does to the item's lifecycle fields.
 * Editors create drafts, update content (never the status), publish and withdraw; a source system states
 * the status its record is in. Pure: no database, no caller.
 */
public final class ItemLifecycle {

    private ItemLifecycle() {
    }

    /** What a writer does to an item. */
    public enum Step {
        CREATE, UPDATE, PUBLISH, WITHDRAW, PUSH_DRAFT, PUSH_PUBLISHED, PUSH_WITHDRAWN;

        /** The push step for the status a source states (PUBLISHED when it states none). */
        public static Step push(ItemStatus stated) {
            return switch (stated == null ? ItemStatus.PUBLISHED : stated) {
                case DRAFT -> PUSH_DRAFT;
                case PUBLISHED -> PUSH_PUBLISHED;
                case WITHDRAWN -> PUSH_WITHDRAWN;
            };
        }
    }

    /**
     * The status after {@code step} from {@code from} (null: the item does not exist yet).
     *
     * @throws ProblemException 409 when the step is not allowed from that status
     * @throws IllegalArgumentException for a step on an item that does not exist, or a create of one that does
     */
    public static ItemStatus next(ItemStatus from, Step step) {
        if (from == null) {
            return switch (step) {
                case CREATE -> ItemStatus.DRAFT;
                case PUSH_DRAFT -> ItemStatus.DRAFT;
                case PUSH_PUBLISHED -> ItemStatus.PUBLISHED;
                case PUSH_WITHDRAWN -> ItemStatus.WITHDRAWN;
                case UPDATE, PUBLISH, WITHDRAW -> throw new IllegalArgumentException(step + " needs an existing item");
            };
        }
        return switch (step) {
            case CREATE -> throw new IllegalArgumentException("the item exists already");
            case UPDATE -> from;
            case PUBLISH -> {
                if (from == ItemStatus.WITHDRAWN) {
                    throw ProblemException.conflict("Only a draft can be published; this item is " + from);
                }
                yield ItemStatus.PUBLISHED;
            }
            case WITHDRAW -> {
                if (from != ItemStatus.PUBLISHED) {
                    throw ProblemException.conflict("Only a published item can be withdrawn; this item is " + from);
                }
                yield ItemStatus.WITHDRAWN;
            }
            case PUSH_DRAFT -> ItemStatus.DRAFT;
            case PUSH_PUBLISHED -> ItemStatus.PUBLISHED;
            case PUSH_WITHDRAWN -> ItemStatus.WITHDRAWN;
        };
    }

    /**
     * An editor publishes: a draft becomes PUBLISHED at {@code publishedAt}, else at the time it already
     * had, else now. Publishing a published item changes nothing (returns {@code before}).
     */
    public static ItemState publish(ItemState before, OffsetDateTime publishedAt, OffsetDateTime now) {
        if (before.status == next(before.status, Step.PUBLISH)) {
            return before;
        }
        ItemState after = before.copy();
        after.status = ItemStatus.PUBLISHED;
        if (publishedAt != null) {
            after.publishedAt = ItemState.normalize(publishedAt);
        } else if (after.publishedAt == null) {
            after.publishedAt = now;
        }
        return after;
    }

    /** An editor withdraws a published item, with a reason; the item and its history stay. */
    public static ItemState withdraw(ItemState before, String reason, OffsetDateTime now) {
        ItemState after = before.copy();
        after.status = next(before.status, Step.WITHDRAW);
        after.withdrawnAt = now;
        after.withdrawReason = reason.strip();
        return after;
    }

    /**
     * A source system states the status of its record ({@code before} null for a new item): a published
     * item keeps its first publication time, a withdrawn one its first withdrawal time, and only a
     * withdrawn item has a withdrawal.
     */
    public static void pushed(ItemState before, ItemState after, ItemStatus stated, String withdrawReason, OffsetDateTime now) {
        after.status = next(before == null ? null : before.status, Step.push(stated));
        if (after.status == ItemStatus.PUBLISHED && after.publishedAt == null) {
            after.publishedAt = before != null && before.publishedAt != null ? before.publishedAt : now;
        }
        if (after.status == ItemStatus.WITHDRAWN) {
            after.withdrawReason = withdrawReason.strip();
            after.withdrawnAt = before != null && before.withdrawnAt != null ? before.withdrawnAt : now;
        } else {
            after.withdrawReason = null;
            after.withdrawnAt = null;
        }
    }
}
