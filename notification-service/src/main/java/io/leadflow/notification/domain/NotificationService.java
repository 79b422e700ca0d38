package io.leadflow.notification.domain;

import io.leadflow.platform.events.EventIds;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who is told what, through which channel: turns a batch of facts into one notification per (fact,
 * recipient, channel), stores the new ones and hands them to the {@link DeliveryDispatcher}.
 *
 * <p>It returns once the notifications are stored and registered as due, not once they are delivered: the
 * caller may then commit its input. That is safe because a stored notification with a due entry is
 * delivered by some instance's dispatcher even if this one crashes before attempting it.
 */
public class NotificationService {

    private final NotificationStore store;
    private final Map<Channel, DeliveryChannel> channels = new EnumMap<>(Channel.class);
    private final DeliveryDispatcher dispatcher;
    private final Clock clock;

    public NotificationService(NotificationStore store, List<DeliveryChannel> channels, DeliveryDispatcher dispatcher,
            Clock clock) {
        this.store = store;
        channels.forEach(channel -> this.channels.put(channel.channel(), channel));
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    /**
     * Tells each new owner, on every channel, with the first attempts made right away by the dispatcher.
     * Redelivered facts change nothing: their notifications exist already (one {@code _id $in} lookup for
     * the whole batch tells), and only new ones are inserted (one bulk insert).
     */
    public void onLeadAssigned(List<LeadAssignment> assignments) {
        Map<String, Delivery> composed = new LinkedHashMap<>();
        for (LeadAssignment assignment : assignments) {
            for (Delivery delivery : compose(assignment)) {
                composed.putIfAbsent(delivery.notificationId(), delivery);
            }
        }
        Map<String, StoredNotification> existing = store.findAll(composed.keySet());
        List<Delivery> fresh = composed.values().stream()
                .filter(delivery -> !existing.containsKey(delivery.notificationId()))
                .toList();
        Set<String> storedMeanwhile = fresh.isEmpty() ? Set.of() : store.insertNew(fresh, clock.instant());
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

    private List<Delivery> compose(LeadAssignment assignment) {
        Message message = AssignmentMessages.compose(assignment);
        Recipient owner = assignment.owner();
        List<Delivery> deliveries = new ArrayList<>(channels.size());
        for (DeliveryChannel channel : channels.values()) {
            Envelope envelope = new Envelope(
                    EventIds.derived(assignment.eventId(), owner.id(), channel.channel().name()),
                    assignment.triggerEvent(), assignment.eventId(), assignment.correlationId(), assignment.leadId(),
                    owner, channel.channel(), channel.destinationFor(owner), message.subject());
            String payload = channel.render(new Notification(envelope, message.text(), assignment));
            deliveries.add(new Delivery(envelope, payload, 0));
        }
        return deliveries;
    }
}
