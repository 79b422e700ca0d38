package io.leadflow.dashboard.domain;

/**
 * One rep's day.
 *
 * @param assigned leads that became theirs today ({@code lead.assigned})
 * @param open offers waiting for their acknowledgement now
 * @param acknowledged offers they acknowledged today ({@code lead.assigned} with their offer id)
 * @param ignored offers whose deadline passed today without their acknowledgement
 * @param averageTimeToAssignMillis mean speed-to-lead of today's assignments; null when none
 */
public record RepSummary(Person rep, long assigned, long open, long acknowledged, long ignored,
        Long averageTimeToAssignMillis) {
}
