package io.leadflow.launcher.faults;

/**
 * What the fault suite's upstream sends for a lead, and so where routing must send it (the suite's routing
 * configuration, {@code faults/routing-configuration.json}).
 */
enum LeadKind {
    /** A qualifying response of a small company: the round-robin rule. */
    ROUND_ROBIN(true),
    /** A qualifying response of a large company: the weighted rule (3:1). */
    WEIGHTED(true),
    /** A response whose lead scores below the funnel threshold: never activated, never assigned. */
    NOT_QUALIFYING(false),
    /** A qualifying response to the engine campaign: parked for the external engine until its wait times out. */
    ENGINE_WAIT(true),
    /** A qualifying response to the offer campaign: offered with a short acknowledgement SLA nobody meets. */
    OFFER(true);

    private final boolean qualifies;

    LeadKind(boolean qualifies) {
        this.qualifies = qualifies;
    }

    boolean qualifies() {
        return qualifies;
    }

    /** The usual mix of a burst: one lead in twenty does not qualify, one in three of the rest is a large company. */
    static LeadKind ofBurst(int number) {
        if (number % 20 == 19) {
            return NOT_QUALIFYING;
        }
        return number % 3 == 0 ? WEIGHTED : ROUND_ROBIN;
    }
}
