package io.leadflow.launcher.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Peak heap and peak resident memory of every JVM of the run, from the moment the watch starts. The kernel keeps
 * each process's resident high-water mark ({@code VmHWM} in {@code /proc/<pid>/status}), so only the heap needs
 * watching, and that is what {@link HeapWatch} does.
 */
public final class MemoryWatch implements AutoCloseable {

    /**
     * One JVM's figures, in bytes; empty where the JVM could not be watched or the operating system does not tell.
     */
    public record Figures(String process, OptionalLong peakHeap, OptionalLong liveHeap, OptionalLong maxHeap,
            OptionalLong peakRss) {
    }

    private static final long SAMPLE_EVERY_MILLIS = 1_000;

    private final Map<String, ProcessHandle> processes;
    private final Map<String, HeapWatch> heaps = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "bench-heap-sampler");
        thread.setDaemon(true);
        return thread;
    });

    private MemoryWatch(Map<String, ProcessHandle> processes) {
        this.processes = processes;
    }

    /** Watches the processes; this JVM's own handle among them is watched from the inside. */
    public static MemoryWatch start(Map<String, ProcessHandle> processes) {
        MemoryWatch watch = new MemoryWatch(processes);
        processes.forEach((name, process) -> {
            try {
                watch.heaps.put(name, process.pid() == ProcessHandle.current().pid() ? HeapWatch.ofThisJvm()
                        : HeapWatch.attach(process));
            } catch (IOException | RuntimeException e) {
                watch.problems.add("no heap figures of " + name + ": " + e.getMessage());
            }
        });
        watch.sampler.scheduleWithFixedDelay(watch::sample, SAMPLE_EVERY_MILLIS, SAMPLE_EVERY_MILLIS,
                TimeUnit.MILLISECONDS);
        return watch;
    }

    private void sample() {
        heaps.values().forEach(heap -> {
            try {
                heap.sample();
            } catch (RuntimeException stoppedMeanwhile) {
                // A JVM that is gone has no more heap to sample; its peaks so far stand.
            }
        });
    }

    /** Every JVM's figures so far; read them while the JVMs still run. */
    public List<Figures> figures() {
        sample();
        List<Figures> figures = new ArrayList<>();
        processes.forEach((name, process) -> {
            HeapWatch heap = heaps.get(name);
            figures.add(new Figures(name,
                    heap == null ? OptionalLong.empty() : OptionalLong.of(heap.peakUsed()),
                    heap == null || heap.peakLive() == 0 ? OptionalLong.empty() : OptionalLong.of(heap.peakLive()),
                    heap == null ? OptionalLong.empty() : OptionalLong.of(heap.max()),
                    peakRss(process.pid())));
        });
        return figures;
    }

    /** Why some figures are missing, if they are. */
    List<String> problems() {
        return problems;
    }

    private static OptionalLong peakRss(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
                    .filter(line -> line.startsWith("VmHWM:"))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024)
                    .findFirst();
        } catch (IOException notLinux) {
            return OptionalLong.empty();
        }
    }

    @Override
    public void close() {
        sampler.shutdownNow();
        heaps.values().forEach(HeapWatch::close);
    }
}
