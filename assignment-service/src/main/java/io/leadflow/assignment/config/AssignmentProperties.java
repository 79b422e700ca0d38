package io.leadflow.assignment.config;

import io.leadflow.assignment.domain.Owner;
import io.leadflow.assignment.domain.OwnerKind;
import io.leadflow.assignment.domain.RoutingPolicy;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the assignment service routes leads, under {@code leadflow.assignment}; the defaults are in
 * {@code application.yml}. Checked at startup: a service with a contradictory setup refuses to start.
 *
 * @param subjectToReassignment CRM ids of the owners (users or queues) whose leads are re-routed when one of
 *     their responses becomes active; leads of any other owner stay with it
 * @param reassignUnowned whether a lead without an owner is re-routed
 * @param temporaryOwner where a lead is parked for the external engine to pick it up
 * @param engineWaitTimeout how long the external engine has to move a parked lead before the fallback owner
 *     gets it (ignored, and may be left out, when {@code engineWaitTimeoutEnabled} is false)
 * @param engineWaitTimeoutEnabled false: no timeout, a parked lead waits until an owner change moves it, and
 *     nobody falls back (waits stored earlier with a due time still fire at it); true by default
 * @param fallbackOwner who gets a parked lead the engine did not move in time
 * @param timerPollInterval how often due waits are looked for (and stalled publications retried)
 * @param routingConsumers consumer threads of this instance routing activations; each routes a whole batch at a
 *     time, so one keeps up, and threads picking for the same rule at once make each other route again
 * @param closedLeadStatuses lead statuses (ignoring case) of leads that no longer count towards their owner's
 *     open leads, which load-balanced distribution rules compare
 * @param acknowledgementLinks where the signed acknowledgement links of offers point, and their secret
 * @param hopperSizeMaxAge how old the hopper size a Prometheus scrape shows may be: an older one is counted again
 *     (one count on the hopper index), so scrapes cost at most one count per this period
 */
@Validated
@ConfigurationProperties("leadflow.assignment")
public record AssignmentProperties(
        @NotNull List<@NotBlank String> subjectToReassignment,
        boolean reassignUnowned,
        @NotNull @Valid OwnerSetting temporaryOwner,
        Duration engineWaitTimeout,
        @DefaultValue("true") boolean engineWaitTimeoutEnabled,
        @NotNull @Valid OwnerSetting fallbackOwner,
        @NotNull Duration timerPollInterval,
        @Min(value = 1, message = "must be at least 1") int routingConsumers,
        @NotNull List<@NotBlank String> closedLeadStatuses,
        @NotNull @Valid AcknowledgementLinks acknowledgementLinks,
        @DefaultValue("30s") Duration hopperSizeMaxAge) {

    /**
     * The signed links candidates acknowledge offers with.
     *
     * @param baseUrl where candidates reach this service (every instance), e.g. https://leadflow.example.com
     * @param secret the signing key, at least 32 bytes, the same on every instance; blank: a random one per
     *     process, so links stop working when it restarts and other instances refuse them (fine for one
     *     instance trying things out, not for production)
     */
    public record AcknowledgementLinks(
            @NotBlank(message = "must be the URL candidates reach assignment-service at") String baseUrl,
            String secret) {
    }

    /** A user or queue of the CRM. */
    public record OwnerSetting(
            @NotBlank(message = "must be the CRM id of a user or queue") String id,
            @NotNull(message = "must be USER or QUEUE") OwnerKind kind,
            String name) {

        Owner toOwner() {
            return new Owner(id, kind, name);
        }
    }

    @AssertTrue(message = "leadflow.assignment.engine-wait-timeout must be greater than zero (or switch the "
            + "timeout off with leadflow.assignment.engine-wait-timeout-enabled=false)")
    public boolean isEngineWaitTimeoutPositive() {
        return !engineWaitTimeoutEnabled
                || engineWaitTimeout != null && !(engineWaitTimeout.isNegative() || engineWaitTimeout.isZero());
    }

    @AssertTrue(message = "leadflow.assignment.timer-poll-interval must be greater than zero")
    public boolean isTimerPollIntervalPositive() {
        return timerPollInterval == null || !(timerPollInterval.isNegative() || timerPollInterval.isZero());
    }

    @AssertTrue(message = "leadflow.assignment.hopper-size-max-age must not be negative")
    public boolean isHopperSizeMaxAgeNotNegative() {
        return hopperSizeMaxAge == null || !hopperSizeMaxAge.isNegative();
    }

    @AssertTrue(message = "leadflow.assignment.fallback-owner must differ from leadflow.assignment.temporary-owner "
            + "(a fallback to the temporary owner would look like parking the lead again)")
    public boolean isFallbackOwnerDistinct() {
        return temporaryOwner == null || fallbackOwner == null || temporaryOwner.id() == null
                || !temporaryOwner.id().equals(fallbackOwner.id());
    }

    @AssertTrue(message = "leadflow.assignment.temporary-owner must not be listed in "
            + "leadflow.assignment.subject-to-reassignment (parked leads would be parked again)")
    public boolean isTemporaryOwnerExempt() {
        return temporaryOwner == null || subjectToReassignment == null
                || !subjectToReassignment.contains(temporaryOwner.id());
    }

    RoutingPolicy toRoutingPolicy() {
        return new RoutingPolicy(new HashSet<>(subjectToReassignment), reassignUnowned, temporaryOwner.toOwner(),
                engineWaitTimeoutEnabled ? engineWaitTimeout : null, fallbackOwner.toOwner(), new HashSet<>(closedLeadStatuses));
    }
}
