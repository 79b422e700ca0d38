package io.leadflow.launcher.faults;

import java.time.Duration;

/** Scenario 4: the broker stops a quarter into the burst and comes back 20 s later on the same data directory. */
record BrokerOutage(int number) implements Scenario {

    private static final Duration OUTAGE = Duration.ofSeconds(20);

    @Override
    public String title() {
        return "broker stops for " + OUTAGE.toSeconds() + " s mid-burst, comes back";
    }

    @Override
    public void play(FaultRun run, int leads) {
        run.burst(leads);
        run.awaitAssigned(leads / 4);
        run.platform().platform().stopBroker();
        run.fault("broker stopped with " + run.observations().assignedLeads() + " leads assigned");
        FaultRun.pause(OUTAGE);
        run.platform().platform().startBroker();
        run.fault("broker back after " + OUTAGE.toSeconds() + " s");
        run.recovered();
    }
}
