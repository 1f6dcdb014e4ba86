package io.gongkai.disclosure.item;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gongkai.commons.problem.ProblemException;
import io.gongkai.disclosure.item.ItemLifecycle.Step;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class ItemLifecycleTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2022-05-20T09:00:00+08:00");
    private static final OffsetDateTime EARLIER = OffsetDateTime.parse("2022-05-01T09:00:00+08:00");

    /** Every status (null: no item yet) and every step, with the status that follows; "409" or "illegal" when refused. */
    static Stream<Arguments> everyStatusAndStep() {
        Object[][] table = {
                // from        CREATE   UPDATE       PUBLISH      WITHDRAW     PUSH_DRAFT PUSH_PUBLISHED PUSH_WITHDRAWN
                {null,        "DRAFT", "illegal",   "illegal",   "illegal",   "DRAFT", "PUBLISHED", "WITHDRAWN"},
                {"DRAFT",     "illegal", "DRAFT",   "PUBLISHED", "409",       "DRAFT", "PUBLISHED", "WITHDRAWN"},
                {"PUBLISHED", "illegal", "PUBLISHED", "PUBLISHED", "WITHDRAWN", "DRAFT", "PUBLISHED", "WITHDRAWN"},
                {"WITHDRAWN", "illegal", "WITHDRAWN", "409",     "409",       "DRAFT", "PUBLISHED", "WITHDRAWN"},
        };
        List<Arguments> cases = new ArrayList<>();
        for (Object[] row : table) {
            ItemStatus from = row[0] == null ? null : ItemStatus.valueOf((String) row[0]);
            for (Step step : Step.values()) {
                cases.add(Arguments.of(from, step, row[step.ordinal() + 1]));
            }
        }
        assertEquals(4 * Step.values().length, cases.size());
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @MethodSource("everyStatusAndStep")
    void eachStepFromEachStatus(ItemStatus from, Step step, String expected) {
        switch (expected) {
            case "illegal" -> assertThrows(IllegalArgumentException.class, () -> ItemLifecycle.next(from, step));
            case "409" -> assertEquals(409, assertThrows(ProblemException.class, () -> ItemLifecycle.next(from, step)).status());
            default -> assertEquals(ItemStatus.valueOf(expected), ItemLifecycle.next(from, step));
        }
    }

    private static ItemState item(ItemStatus status) {
        ItemState s = new ItemState();
        s.id = UUID.randomUUID();
        s.status = status;
        return s;
    }

    @Test
    void publishingADraftTakesTheGivenTimeElseItsOwnElseNow() {
        assertEquals(EARLIER, ItemLifecycle.publish(item(ItemStatus.DRAFT), EARLIER, NOW).publishedAt);
        ItemState dated = item(ItemStatus.DRAFT);
        dated.publishedAt = EARLIER;
        assertEquals(EARLIER, ItemLifecycle.publish(dated, null, NOW).publishedAt);
        ItemState published = ItemLifecycle.publish(item(ItemStatus.DRAFT), null, NOW);
        assertEquals(ItemStatus.PUBLISHED, published.status);
        assertEquals(NOW, published.publishedAt);
    }

    @Test
    void publishingTwiceChangesNothing() {
        ItemState published = item(ItemStatus.PUBLISHED);
        assertSame(published, ItemLifecycle.publish(published, NOW, NOW));
    }

    @Test
    void withdrawingKeepsTheReasonAndTheTime() {
        ItemState withdrawn = ItemLifecycle.withdraw(item(ItemStatus.PUBLISHED), "  信息有误  ", NOW);
        assertEquals(ItemStatus.WITHDRAWN, withdrawn.status);
        assertEquals("信息有误", withdrawn.withdrawReason);
        assertEquals(NOW, withdrawn.withdrawnAt);
    }

    @Test
    void aPushKeepsTheFirstPublicationAndWithdrawalTimes() {
        ItemState before = item(ItemStatus.WITHDRAWN);
        before.publishedAt = EARLIER;
        before.withdrawnAt = EARLIER;
        ItemState after = before.copy();
        after.publishedAt = null;
        ItemLifecycle.pushed(before, after, ItemStatus.WITHDRAWN, " 撤回 ", NOW);
        assertEquals(EARLIER, after.withdrawnAt);
        assertEquals("撤回", after.withdrawReason);

        ItemState republished = before.copy();
        republished.publishedAt = null;
        ItemLifecycle.pushed(before, republished, ItemStatus.PUBLISHED, null, NOW);
        assertEquals(EARLIER, republished.publishedAt);
        assertNull(republished.withdrawnAt);
        assertNull(republished.withdrawReason);
    }

    @Test
    void aNewPushedItemWithoutAStatusIsPublishedNow() {
        ItemState created = new ItemState();
        ItemLifecycle.pushed(null, created, null, null, NOW);
        assertEquals(ItemStatus.PUBLISHED, created.status);
        assertEquals(NOW, created.publishedAt);
    }
}
