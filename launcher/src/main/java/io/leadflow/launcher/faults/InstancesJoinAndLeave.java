package io.leadflow.launcher.faults;

import io.leadflow.launcher.Service;
import java.time.Duration;

/**
 * Scenario 6: two assignment-service instances share the work; while leads keep coming a third joins, then one
 * leaves (SIGTERM: it leaves its consumer group) and another is killed (its partitions wait for the session
 * timeout): three rebalances during processing, the last instance finishing the work.
 */
record InstancesJoinAndLeave(int number) implements Scenario {

    private static final Duration TRAFFIC = Duration.ofSeconds(90);

    @Override
    public String title() {
        return "2 assignment-service instances; a 3rd joins, one leaves, another is killed (leads over "
                + TRAFFIC.toSeconds() + " s)";
    }

    @Override
    public int assignmentInstances() {
        return 2;
    }

    @Override
    public void play(FaultRun run, int leads) {
        Thread traffic = run.sendOver(leads, TRAFFIC);
        run.awaitAssigned(leads / 10);
        String joined = run.platform().platform()
                .addInstance(Service.ASSIGNMENT, FaultPlatform.freePort()).name();
        run.fault(joined + " joined with " + run.observations().assignedLeads() + " leads assigned");
        run.awaitAssigned(leads * 4 / 10);
        run.platform().platform().instance(Service.ASSIGNMENT.module() + "-2").close();
        run.fault(Service.ASSIGNMENT.module() + "-2 left (SIGTERM) with " + run.observations().assignedLeads()
                + " leads assigned");
        run.awaitAssigned(leads * 6 / 10);
        run.platform().platform().instance(Service.ASSIGNMENT.module()).kill();
        run.fault(Service.ASSIGNMENT.module() + " killed (kill -9) with " + run.observations().assignedLeads()
                + " leads assigned; " + joined + " finishes alone");
        try {
            traffic.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        run.recovered();
    }
}
