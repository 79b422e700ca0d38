package io.leadflow.launcher.bench;

import java.util.Arrays;

/**
 * The figures of one measured phase.
 *
 * @param leads leads of the phase
 * @param seconds from the first response sent to the last {@code lead.assigned} read
 * @param createdToAssigned per lead, response sent to its {@code lead.assigned} read, in nanoseconds
 * @param activatedToAssigned per lead, its {@code response.activated} read to its {@code lead.assigned} read
 * @param notificationLagNanos the last {@code notification.sent} read after the last {@code lead.assigned}
 */
record PhaseResult(int leads, double seconds, Latencies createdToAssigned, Latencies activatedToAssigned,
        long notificationLagNanos) {

    private static final double NANOS_PER_SECOND = 1e9;

    static PhaseResult of(LeadTimes times) {
        int leads = times.sent().length;
        long[] createdToAssigned = new long[leads];
        long[] activatedToAssigned = new long[leads];
        for (int i = 0; i < leads; i++) {
            createdToAssigned[i] = times.assigned()[i] - times.sent()[i];
            activatedToAssigned[i] = times.assigned()[i] - times.activated()[i];
        }
        long firstSent = Arrays.stream(times.sent()).min().orElseThrow();
        long lastAssigned = Arrays.stream(times.assigned()).max().orElseThrow();
        long lastNotified = Arrays.stream(times.notified()).max().orElseThrow();
        return new PhaseResult(leads, (lastAssigned - firstSent) / NANOS_PER_SECOND, Latencies.of(createdToAssigned),
                Latencies.of(activatedToAssigned), lastNotified - lastAssigned);
    }

    double leadsPerSecond() {
        return leads / seconds;
    }
}
