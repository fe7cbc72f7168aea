package dev.drilljudge.session;

/** How a drill ended. */
public enum DrillOutcome {
    /** The first ACCEPTED submit closed it. */
    ACCEPTED,
    /** Its mock round ran out of time first. */
    EXPIRED,
    /** `judge start --force` replaced it with a fresh drill. */
    ABANDONED
}
