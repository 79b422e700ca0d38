package io.leadflow.reactivation.domain.scenario;

/** A campaign scenarios refer to (a default campaign, a response-prompt campaign), as the CRM names it. */
public record Campaign(String id, String name) {
}
