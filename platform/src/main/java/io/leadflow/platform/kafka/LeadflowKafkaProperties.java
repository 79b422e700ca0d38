package io.leadflow.platform.kafka;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Plumbing settings shared by every service, under {@code leadflow.kafka}.
 *
 * @param replicationFactor replicas of each topic the service declares (1 on a single local broker)
 * @param publishTimeout how long a handler waits for the broker to confirm a send before it fails and
 *     the incoming record is retried
 * @param maxRetryInterval longest pause between retries of a record that failed for a transient reason
 *     (MongoDB or Kafka unavailable); such records are retried until they succeed, never skipped
 * @param failedAttempts attempts for a record that failed for any other unexpected reason before it goes
 *     to the dead-letter topic
 * @param partitions partitions of every topic (and its dead-letter topic) the service declares; unset, the
 *     catalog's count. More partitions let more instances share a consumer group; a topic's count can only
 *     grow, and growing it moves leads to other partitions (their order holds only for new events)
 */
@Validated
@ConfigurationProperties("leadflow.kafka")
public record LeadflowKafkaProperties(
        @DefaultValue("1") @Min(1) short replicationFactor,
        @DefaultValue("10s") @NotNull Duration publishTimeout,
        @DefaultValue("30s") @NotNull Duration maxRetryInterval,
        @DefaultValue("3") @Min(1) int failedAttempts,
        @Min(1) Integer partitions) {
}
