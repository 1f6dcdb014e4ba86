package io.gongkai.inquiry.petition;

import io.gongkai.commons.problem.ProblemException;

/** The state machine of a petition, pure: one method per step, a 409 problem when a step is not allowed now. */
public final class PetitionLifecycle {

    public enum Step { ASSIGN, REPLY, CLOSE }

    private PetitionLifecycle() {
    }

    /** Assigning again (to another unit) is allowed until the reply. */
    public static PetitionStatus assign(PetitionStatus from) {
        require(Step.ASSIGN, from, from == PetitionStatus.RECEIVED || from == PetitionStatus.ASSIGNED);
        return PetitionStatus.ASSIGNED;
    }

    /** The responsible unit answers; a petition nobody was assigned has no one to answer it. */
    public static PetitionStatus reply(PetitionStatus from) {
        require(Step.REPLY, from, from == PetitionStatus.ASSIGNED);
        return PetitionStatus.REPLIED;
    }

    public static PetitionStatus close(PetitionStatus from) {
        require(Step.CLOSE, from, from == PetitionStatus.REPLIED);
        return PetitionStatus.CLOSED;
    }

    public static PetitionStatus apply(Step step, PetitionStatus from) {
        return switch (step) {
            case ASSIGN -> assign(from);
            case REPLY -> reply(from);
            case CLOSE -> close(from);
        };
    }

    private static void require(Step step, PetitionStatus from, boolean allowed) {
        if (!allowed) {
            throw new ProblemException(409, "wrong-state", "Step not allowed now",
                    step.name().toLowerCase() + ": not allowed while the petition is " + from);
        }
    }
}
