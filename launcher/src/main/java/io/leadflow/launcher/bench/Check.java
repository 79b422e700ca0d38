package io.leadflow.launcher.bench;

/** One thing a run must get right for its figures to count; any failed check makes the benchmark exit 1. */
record Check(boolean passed, String description) {
}
