package io.leadflow.notification.domain;

import io.leadflow.platform.events.EventIds;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who is told what, through which channel: turns a batch of facts into one notification per (fact,
 * recipient, channel the recipient prefers), stores the new ones and hands them to the {@link DeliveryDispatcher};
 * a fact that asked that nobody be told gets its notifications stored as suppressed, which nothing ever attempts.
 *
 * <p>It returns once the notifications are stored and registered as due, not once they are delivered: the
 * caller may then commit its input. That is safe because a stored notification with a due entry is
 * delivered by some instance's dispatcher even if this one crashes before attempting it.
 */
public class NotificationService {

    /** Why a {@code lead.assigned}'s notifications were suppressed, as the delivery log tells operators. */
    public static final String SUPPRESSED_BECAUSE = suppressedBecause("lead.assigned");

    private final NotificationStore store;
    private final Map<Channel, DeliveryChannel> channels = new EnumMap<>(Channel.class);
    private final RecipientDirectory recipients;
    private final DeliveryDispatcher dispatcher;
    private final Clock clock;

    /**
     * @throws IllegalStateException if some recipient prefers a channel none of {@code channels} implements
     */
    public NotificationService(NotificationStore store, List<DeliveryChannel> channels, RecipientDirectory recipients,
            DeliveryDispatcher dispatcher, Clock clock) {
        this.store = store;
        channels.forEach(channel -> this.channels.put(channel.channel(), channel));
        this.recipients = recipients;
        this.dispatcher = dispatcher;
        this.clock = clock;
        for (Channel preferred : recipients.channelsInUse()) {
            if (!this.channels.containsKey(preferred)) {
                throw new IllegalStateException("Recipients prefer " + preferred + ", which has no delivery channel");
            }
        }
    }

    /**
     * Tells each fact's recipient (a new owner, a candidate offered a lead, a candidate whose offer ended), on each of
     * their channels, with the first attempts made right away by the dispatcher; a fact
     * that asked that nobody be told gets its notifications recorded as suppressed instead, never attempted.
     * Redelivered facts change nothing: their notifications exist already (one {@code _id $in} lookup for the
     * whole batch tells), and only new ones are inserted (one bulk insert, suppressed ones included).
     */
    public void tell(List<? extends LeadFact> facts) {
        Map<String, Delivery> composed = new LinkedHashMap<>();
        Map<String, Suppression> suppressed = new LinkedHashMap<>();
        for (LeadFact fact : facts) {
            if (fact.triggerNotification()) {
                compose(fact).forEach(delivery -> composed.putIfAbsent(delivery.notificationId(), delivery));
            } else {
                suppress(fact).forEach(untold -> suppressed.putIfAbsent(untold.notificationId(), untold));
            }
        }
        Set<String> ids = new LinkedHashSet<>(composed.keySet());
        ids.addAll(suppressed.keySet());
        Map<String, StoredNotification> existing = store.findAll(ids);
        List<Delivery> fresh = composed.values().stream()
                .filter(delivery -> !existing.containsKey(delivery.notificationId()))
                .toList();
        List<Suppression> freshSuppressed = suppressed.values().stream()
                .filter(untold -> !existing.containsKey(untold.notificationId()))
                .toList();
        Set<String> storedMeanwhile = fresh.isEmpty() && freshSuppressed.isEmpty()
                ? Set.of()
                : store.insertNew(fresh, freshSuppressed, clock.instant());
        List<Delivery> created = fresh.stream()
                .filter(delivery -> !storedMeanwhile.contains(delivery.notificationId()))
                .toList();
        // Stored before but never attempted: a crash between the two inserts may have lost the due entry.
        List<Delivery> untouched = new ArrayList<>();
        existing.values().stream()
                .filter(StoredNotification::isUntouched)
                .map(StoredNotification::toDelivery)
                .forEach(untouched::add);
        fresh.stream().filter(delivery -> storedMeanwhile.contains(delivery.notificationId())).forEach(untouched::add);
        dispatcher.accept(created, untouched);
    }

    /** Why a fact's notifications were suppressed, naming the event, as the delivery log tells operators. */
    public static String suppressedBecause(String triggerEvent) {
        return "the activation asked that nobody be told (" + triggerEvent + " with triggerNotification false)";
    }

    /**
     * The notifications the fact would have caused, one per channel of its recipient under the same ids, recorded as
     * suppressed: who would have been told what, but nothing rendered and nowhere to deliver it. The events do not
     * name the reactivation scenario behind the activation, so the reason cannot either.
     */
    private List<Suppression> suppress(LeadFact fact) {
        String subject = fact.message().subject();
        Recipient recipient = fact.recipient();
        List<Channel> preferred = recipients.channelsFor(recipient);
        List<Suppression> suppressed = new ArrayList<>(preferred.size());
        for (Channel channel : preferred) {
            Envelope envelope = new Envelope(
                    EventIds.derived(fact.eventId(), recipient.id(), channel.name()),
                    fact.triggerEvent(), fact.eventId(), fact.correlationId(), fact.leadId(),
                    recipient, channel, null, subject);
            suppressed.add(new Suppression(envelope, suppressedBecause(fact.triggerEvent())));
        }
        return suppressed;
    }

    private List<Delivery> compose(LeadFact fact) {
        Message message = fact.message();
        Recipient recipient = fact.recipient();
        List<Channel> preferred = recipients.channelsFor(recipient);
        List<Delivery> deliveries = new ArrayList<>(preferred.size());
        for (Channel each : preferred) {
            DeliveryChannel channel = channels.get(each);
            Envelope envelope = new Envelope(
                    EventIds.derived(fact.eventId(), recipient.id(), channel.channel().name()),
                    fact.triggerEvent(), fact.eventId(), fact.correlationId(), fact.leadId(),
                    recipient, channel.channel(), channel.destinationFor(recipient), message.subject());
            String payload = channel.render(new Notification(envelope, message.text(), fact));
            deliveries.add(new Delivery(envelope, payload, 0));
        }
        return deliveries;
    }
}
