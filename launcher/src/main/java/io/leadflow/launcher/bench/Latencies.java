package io.leadflow.launcher.bench;

import java.util.Arrays;

/** The latencies of one measured run, in whatever unit they were taken, with nearest-rank percentiles. */
final class Latencies {

    private final long[] sorted;

    private Latencies(long[] sorted) {
        this.sorted = sorted;
    }

    static Latencies of(long[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("No latencies: a run measures at least one lead");
        }
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return new Latencies(sorted);
    }

    /** Nearest rank: the smallest latency that at least {@code p} percent of the values did not exceed. */
    long percentile(double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    long max() {
        return sorted[sorted.length - 1];
    }
}
