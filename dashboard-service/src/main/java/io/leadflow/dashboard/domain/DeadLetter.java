package io.leadflow.dashboard.domain;

import java.time.Instant;

/**
 * A record a service could not process, as found on {@code <topic>.dlt}.
 *
 * @param id where it is: the dead-letter topic, partition and offset
 * @param sourceTopic the topic the record was dead-lettered from
 * @param leadId the record's key on a lead-keyed topic; null on the directory's topics (keyed by user or group)
 * @param reason the {@code leadflow-dlt-reason} header; a placeholder when the writer left none
 */
public record DeadLetter(String id, String sourceTopic, String leadId, String reason, Instant at) {
}
