package io.leadflow.launcher.bench;

import io.leadflow.launcher.ServiceProcess;
import java.time.Duration;

/**
 * CPU time used so far by the measured service and by this JVM, which runs the broker, the store and the
 * benchmark's clients: which of them was busy tells whether the service or its infrastructure set the pace.
 */
record CpuTime(Duration service, Duration infrastructure, long atNanos) {

    static CpuTime of(ServiceProcess service) {
        return new CpuTime(service.cpuTime(), ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO),
                System.nanoTime());
    }

    /** Cores the service kept busy on average since {@code earlier}. */
    double serviceCoresSince(CpuTime earlier) {
        return cores(service.minus(earlier.service), earlier);
    }

    /** Cores this JVM kept busy on average since {@code earlier}. */
    double infrastructureCoresSince(CpuTime earlier) {
        return cores(infrastructure.minus(earlier.infrastructure), earlier);
    }

    private double cores(Duration used, CpuTime earlier) {
        return (double) used.toNanos() / (atNanos - earlier.atNanos);
    }
}
