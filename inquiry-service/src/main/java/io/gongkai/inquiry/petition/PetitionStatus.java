package io.gongkai.inquiry.petition;

/** RECEIVED → ASSIGNED (to a responsible unit) → REPLIED → CLOSED (with the satisfaction where known). */
public enum PetitionStatus {
    RECEIVED, ASSIGNED, REPLIED, CLOSED;

    /** Still waiting for its reply: what the overdue list watches. */
    public boolean awaitingReply() {
        return this == RECEIVED || this == ASSIGNED;
    }
}
