package io.leadflow.notification.domain;

/** What the recipient is told about the lead; any of it may be unknown (null). */
public record LeadFacts(
        String firstName,
        String lastName,
        String email,
        String title,
        String company,
        String country,
        String state,
        Integer score,
        String status) {
}
