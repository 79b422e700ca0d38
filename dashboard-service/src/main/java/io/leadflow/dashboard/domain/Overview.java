package io.leadflow.dashboard.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The day so far, as one consistent snapshot.
 *
 * @param recent the latest assignments, newest first
 */
public record Overview(LocalDate day, long assignedToday, List<RepSummary> reps, List<RuleSummary> rules,
        List<DeadLetterCount> deadLetters, List<Assignment> recent) {
}
