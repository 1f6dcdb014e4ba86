package io.gongkai.inquiry.petition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gongkai.commons.problem.ProblemException;
import io.gongkai.inquiry.petition.PetitionLifecycle.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PetitionLifecycleTest {

    private static final Map<Step, Map<PetitionStatus, PetitionStatus>> ALLOWED = Map.of(
            Step.ASSIGN, Map.of(PetitionStatus.RECEIVED, PetitionStatus.ASSIGNED, PetitionStatus.ASSIGNED, PetitionStatus.ASSIGNED),
            Step.REPLY, Map.of(PetitionStatus.ASSIGNED, PetitionStatus.REPLIED),
            Step.CLOSE, Map.of(PetitionStatus.REPLIED, PetitionStatus.CLOSED));

    static Stream<Arguments> everyStateAndStep() {
        List<Arguments> pairs = new ArrayList<>();
        for (PetitionStatus state : PetitionStatus.values()) {
            for (Step step : Step.values()) {
                pairs.add(Arguments.of(state, step));
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{1} from {0}")
    @MethodSource("everyStateAndStep")
    void eachStepIsAllowedExactlyFromItsStates(PetitionStatus state, Step step) {
        PetitionStatus expected = ALLOWED.get(step).get(state);
        if (expected == null) {
            assertEquals(409, assertThrows(ProblemException.class, () -> PetitionLifecycle.apply(step, state)).status());
        } else {
            assertEquals(expected, PetitionLifecycle.apply(step, state));
        }
    }
}
