package io.leadflow.dashboard.domain;

import java.time.Instant;

/**
 * A record a service could not process, as found on {@code <topic>.dlt}.
 *
 * @param sourceTopic the topic the record was dead-lettered from
 * @param leadId the record's key: the lead id on lead-keyed topics
 * @param reason the {@code leadflow-dlt-reason} header; a placeholder when the writer left none
 */
public record DeadLetter(String sourceTopic, String leadId, String reason, Instant at) {
}
