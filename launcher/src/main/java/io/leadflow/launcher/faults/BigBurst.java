package io.leadflow.launcher.faults;

import io.leadflow.launcher.ServiceProcess;
import io.leadflow.launcher.bench.MemoryWatch;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Scenario 10: a burst ten times the usual at once. No error, bounded memory (each service's peak heap against its
 * maximum), the consumer lag drains, and how long that took.
 */
record BigBurst(int number) implements Scenario {

    private static final double MOST_OF_THE_HEAP = 0.95;

    @Override
    public String title() {
        return "a burst ten times larger, at once";
    }

    @Override
    public int leads(int burst) {
        return burst * 10;
    }

    @Override
    public void play(FaultRun run, int leads) {
        Map<String, ProcessHandle> processes = new LinkedHashMap<>();
        run.platform().platform().services().forEach(service -> processes.put(service.name(), service.handle()));
        try (MemoryWatch memory = MemoryWatch.start(processes)) {
            Instant start = Instant.now();
            run.burst(leads);
            run.describe(String.format("%,d leads sent at once in %.1f s", leads,
                    Duration.between(start, Instant.now()).toMillis() / 1000.0));
            run.settle();
            Duration drained = Duration.between(start, Instant.now());
            run.note(String.format("drained in %.1f s (%,.0f leads/s)", drained.toMillis() / 1000.0,
                    leads * 1000.0 / drained.toMillis()));
            StringBuilder heaps = new StringBuilder();
            boolean bounded = true;
            for (MemoryWatch.Figures figures : memory.figures()) {
                long peak = figures.peakHeap().orElse(-1);
                long max = figures.maxHeap().orElse(-1);
                heaps.append(String.format("%s %s of %s; ", figures.process(), mib(peak), mib(max)));
                bounded &= peak >= 0 && max > 0 && peak <= max * MOST_OF_THE_HEAP;
            }
            run.note("peak heap: " + heaps);
            run.check(new Check("10 memory bounded", bounded, "peak heap per service " + heaps
                    + "(each below " + Math.round(MOST_OF_THE_HEAP * 100) + "% of its maximum, "
                    + ServiceProcess.JVM_OPTIONS + ")"));
        }
    }

    private static String mib(long bytes) {
        return bytes < 0 ? "?" : String.format("%,d MiB", bytes / (1024 * 1024));
    }
}
