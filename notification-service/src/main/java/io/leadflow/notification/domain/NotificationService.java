package io.leadflow.notification.domain;

import io.leadflow.platform.events.EventIds;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who is told what, through which channel: creates one notification per (fact, recipient, channel),
 * attempts it at once, and works off due retries and unpublished outcomes.
 *
 * <p>An attempt's outcome is stored before its event is published, and the claim is released only once
 * the event is confirmed: whatever crashes in between, the next holder of the claim publishes the same
 * event again.
 */
public class NotificationService {

    private static final Logger log = LoggerFactory.getLogger(NotificationService.class);

    private final NotificationStore store;
    private final Map<Channel, DeliveryChannel> channels = new EnumMap<>(Channel.class);
    private final OutcomePublisher publisher;
    private final RetryPolicy retryPolicy;
    private final Clock clock;
    private final Duration claimLease;

    /**
     * @param claimLease how long a claim keeps other instances away from a notification; longer than an
     *     attempt can take, so an attempt in progress is never made twice
     */
    public NotificationService(NotificationStore store, List<DeliveryChannel> channels, OutcomePublisher publisher,
            RetryPolicy retryPolicy, Clock clock, Duration claimLease) {
        this.store = store;
        channels.forEach(channel -> this.channels.put(channel.channel(), channel));
        this.publisher = publisher;
        this.retryPolicy = retryPolicy;
        this.clock = clock;
        this.claimLease = claimLease;
    }

    /**
     * Tells the new owner, on every channel, and makes the first attempt right away. A failed attempt is
     * recorded and scheduled for retry; it never fails this call. A redelivered fact changes nothing.
     */
    public void onLeadAssigned(LeadAssignment assignment) {
        Message message = AssignmentMessages.compose(assignment);
        Recipient owner = assignment.owner();
        for (DeliveryChannel channel : channels.values()) {
            Envelope envelope = new Envelope(
                    EventIds.derived(assignment.eventId(), owner.id(), channel.channel().name()),
                    assignment.triggerEvent(), assignment.eventId(), assignment.correlationId(), assignment.leadId(),
                    owner, channel.channel(), channel.destinationFor(owner), message.subject());
            String payload = channel.render(new Notification(envelope, message.text(), assignment));
            Instant now = clock.instant();
            store.create(envelope, payload, now, now.plus(claimLease)).ifPresent(this::work);
        }
    }

    /** Works off every notification with work due now: retries, and outcomes a crash left unpublished. */
    public void processDue() {
        for (Optional<ClaimedNotification> claimed = claimDue(); claimed.isPresent(); claimed = claimDue()) {
            work(claimed.get());
        }
    }

    private Optional<ClaimedNotification> claimDue() {
        Instant now = clock.instant();
        return store.claimDue(now, now.plus(claimLease));
    }

    /** Only PENDING notifications and unpublished outcomes are ever due, so one of the two applies. */
    private void work(ClaimedNotification claimed) {
        Optional<Outcome> unpublished = claimed.unpublishedOutcome();
        if (unpublished.isPresent()) {
            publish(claimed, unpublished.get());
        } else {
            attempt(claimed);
        }
    }

    private void attempt(ClaimedNotification claimed) {
        Envelope envelope = claimed.envelope();
        int attempt = claimed.attempts() + 1;
        DeliveryResult result = channel(envelope.channel()).deliver(envelope, claimed.payload());
        Outcome outcome = retryPolicy.decide(envelope.notificationId(), attempt, result, clock.instant());
        if (!store.recordOutcome(envelope.notificationId(), claimed.claimToken(), outcome)) {
            log.warn("Notification {} attempt {} outlived its claim; the instance that holds it now decides",
                    envelope.notificationId(), attempt);
            return;
        }
        if (outcome.kind() == Outcome.Kind.SENT) {
            log.info("Notification {} for lead {} delivered to {} (attempt {})",
                    envelope.notificationId(), envelope.leadId(), envelope.destination(), attempt);
        } else {
            log.warn("Notification {} for lead {} failed (attempt {}): {}; {}", envelope.notificationId(),
                    envelope.leadId(), attempt, outcome.reason(),
                    outcome.willRetry() ? "next attempt at " + outcome.nextAttemptAt() : "giving up");
        }
        publish(claimed, outcome);
    }

    private void publish(ClaimedNotification claimed, Outcome outcome) {
        publisher.publish(claimed.envelope(), outcome);
        store.markPublished(claimed.envelope().notificationId(), claimed.claimToken(), outcome);
    }

    private DeliveryChannel channel(Channel channel) {
        DeliveryChannel delivery = channels.get(channel);
        if (delivery == null) {
            throw new IllegalStateException("No " + channel + " channel is configured");
        }
        return delivery;
    }
}
