package io.leadflow.assignment.domain;

/** The lead as it stood when its response was activated; {@code owner} is null when it was unassigned. */
public record Lead(Owner owner, Integer score, String status, LeadAttributes attributes) {

    public Lead withOwner(Owner newOwner) {
        return new Lead(newOwner, score, status, attributes);
    }
}
