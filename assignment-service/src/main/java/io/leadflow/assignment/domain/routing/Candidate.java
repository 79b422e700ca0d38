package io.leadflow.assignment.domain.routing;

/** One member a distribution rule considered for a lead, and why it was or was not them. */
public record Candidate(String userId, String name, CandidateVerdict verdict, String detail) {
}
