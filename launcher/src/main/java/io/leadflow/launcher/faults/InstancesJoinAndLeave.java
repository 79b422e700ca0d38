package io.leadflow.launcher.faults;

import io.leadflow.launcher.Service;
import java.time.Duration;

/**
 * Scenario 6: two assignment-service instances share the work; while leads keep coming a third joins, then one
 * leaves (SIGTERM: it leaves its consumer group) and another is killed (its partitions wait for the session
 * timeout): three rebalances during processing, the last instance finishing the work.
 */
record InstancesJoinAndLeave(int number) implements Scenario {

    /** Long enough that an instance started on two busy cores joins while leads still come. */
    private static final Duration TRAFFIC = Duration.ofSeconds(240);

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
        int duringTraffic = 0;
        run.awaitAssigned(leads / 10);
        String joined = run.platform().platform()
                .addInstance(Service.ASSIGNMENT, FaultPlatform.freePort()).name();
        duringTraffic += traffic.isAlive() ? 1 : 0;
        run.fault(joined + " joined with " + run.observations().assignedLeads() + " leads assigned");
        run.awaitAssigned(leads / 2);
        run.platform().platform().instance(Service.ASSIGNMENT.module() + "-2").close();
        duringTraffic += traffic.isAlive() ? 1 : 0;
        run.fault(Service.ASSIGNMENT.module() + "-2 left (SIGTERM) with " + run.observations().assignedLeads()
                + " leads assigned");
        run.awaitAssigned(leads * 7 / 10);
        run.platform().platform().instance(Service.ASSIGNMENT.module()).kill();
        duringTraffic += traffic.isAlive() ? 1 : 0;
        run.fault(Service.ASSIGNMENT.module() + " killed (kill -9) with " + run.observations().assignedLeads()
                + " leads assigned; " + joined + " finishes alone");
        try {
            traffic.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        run.recovered();
        run.check(new Check("6 the three rebalances came while leads were still coming", duringTraffic == 3,
                duringTraffic + " of 3 (join, leave, kill) before the last lead was sent"));
    }
}
