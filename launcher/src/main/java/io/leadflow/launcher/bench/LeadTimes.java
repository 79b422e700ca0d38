package io.leadflow.launcher.bench;

/**
 * When each lead of a phase was sent and when its events were read, in nanoseconds on one clock (this JVM's);
 * the i-th entry of each array is the same lead.
 */
record LeadTimes(long[] sent, long[] activated, long[] assigned, long[] notified) {
}
