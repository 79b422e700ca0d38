package io.leadflow.dashboard.domain;

/** A member a distribution rule considered for one lead, with its verdict (CHOSEN, NOT_NEXT, FULL, ...) and why. */
public record Candidate(String userId, String name, String verdict, String detail) {
}
