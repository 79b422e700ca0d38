package io.leadflow.response.domain;

/**
 * The lead as it stood when the response was created.
 *
 * @param owner current owner, null when unassigned
 * @param score lead score, null when the lead has not been scored
 * @param status CRM lead status, e.g. Open, Working, Nurture; may be null
 */
public record LeadSnapshot(Owner owner, Integer score, String status, LeadAttributes attributes) {
}
