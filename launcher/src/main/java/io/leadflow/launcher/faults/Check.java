package io.leadflow.launcher.faults;

/**
 * One invariant (or a scenario's own promise) after a scenario, with the counts behind its verdict.
 *
 * @param name what is promised, short
 * @param passed whether it held
 * @param detail the counts, in words
 */
record Check(String name, boolean passed, String detail) {
}
