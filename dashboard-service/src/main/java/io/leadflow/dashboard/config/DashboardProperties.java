package io.leadflow.dashboard.config;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * dashboard-service settings, under {@code leadflow.dashboard}.
 *
 * @param zone the time zone whose midnight starts "today" (counts reset, and where the topics are read from at start)
 * @param liveAssignments the latest assignments a page opens with (and keeps at most)
 * @param explainedAssignments the latest assignments whose whole explanation can be opened
 * @param journeyLeads leads whose journey is kept in memory, the most recently active ones
 * @param journeyEventsPerLead events kept per lead, the latest ones
 * @param rememberedEventIds event ids kept to drop redeliveries and re-publications
 * @param assignmentServiceUrl where assignment-service's REST API is: the hopper, its claims, engine waits and
 *     distribution rule tallies are read from it with the caller's own token
 * @param assignmentServiceTimeout longest wait for assignment-service's answer
 */
@Validated
@ConfigurationProperties("leadflow.dashboard")
public record DashboardProperties(
        @DefaultValue("UTC") @NotNull ZoneId zone,
        @DefaultValue("200") @Min(1) int liveAssignments,
        @DefaultValue("2000") @Min(1) int explainedAssignments,
        @DefaultValue("5000") @Min(1) int journeyLeads,
        @DefaultValue("50") @Min(1) int journeyEventsPerLead,
        @DefaultValue("100000") @Min(1) int rememberedEventIds,
        @DefaultValue("http://localhost:8082") @NotNull URI assignmentServiceUrl,
        @DefaultValue("5s") @NotNull Duration assignmentServiceTimeout) {
}
