package io.leadflow.launcher.faults;

import java.time.Duration;
import java.util.List;

/**
 * What one scenario came to.
 *
 * @param recovery how long the faults lasted and until every lead settled; null when there was no fault to recover
 *     from or the run never settled
 * @param failure why the scenario could not be played to the end, or null
 */
record ScenarioResult(Scenario scenario, int leads, List<String> faults, List<Check> invariants,
        List<Check> ownChecks, List<String> notes, FaultRun.Recovery recovery, Duration took, String failure) {

    boolean passed() {
        return failure == null && invariants.stream().allMatch(Check::passed)
                && ownChecks.stream().allMatch(Check::passed);
    }
}
