package io.leadflow.launcher.faults;

import java.time.Duration;

/**
 * Scenario 5: the store stops a quarter into the burst and comes back 30 s later from its journal; the services are
 * not restarted, they retry and go on.
 */
record StoreOutage(int number) implements Scenario {

    private static final Duration OUTAGE = Duration.ofSeconds(30);

    @Override
    public String title() {
        return "store stops for " + OUTAGE.toSeconds() + " s mid-burst, comes back (no service restarted)";
    }

    @Override
    public void play(FaultRun run, int leads) {
        run.burst(leads);
        run.awaitAssigned(leads / 4);
        run.platform().platform().stopStore();
        run.fault("store stopped with " + run.observations().assignedLeads() + " leads assigned");
        FaultRun.pause(OUTAGE);
        run.platform().platform().startStore();
        run.fault("store back after " + OUTAGE.toSeconds() + " s");
        run.recovered();
    }
}
