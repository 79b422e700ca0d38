package io.leadflow.launcher.faults;

import io.leadflow.events.LeadAssigned;
import io.leadflow.events.LeadExpired;
import io.leadflow.events.LeadOffered;
import io.leadflow.events.NotificationSent;
import io.leadflow.events.OwnerKind;
import io.leadflow.events.ResponseActivated;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Everything the platform published about the scenario's leads, as a dashboard reading the topics from the
 * beginning sees it: each event once per distinct event id (copies, redelivered with the same id, are counted
 * apart), and every dead letter with its reason. Written by the topic readers, read by the run and the invariants.
 */
final class Observations {

    /** One {@code lead.assigned}, its first copy. */
    record Assignment(String eventId, String ownerId, OwnerKind ownerKind, String method, String offerId) {
    }

    /** A record on a dead-letter topic. */
    record DeadLetter(String topic, String key, String reason) {
    }

    /** What was published about one lead. */
    static final class LeadEvents {
        final Set<String> activations = new LinkedHashSet<>();
        final List<Assignment> assignments = new ArrayList<>();
        final Set<String> offers = new LinkedHashSet<>();
        final Map<String, Set<String>> expiriesByOffer = new HashMap<>();
        /** Notification ids by the event that triggered them. */
        final Map<String, Set<String>> notificationsByTrigger = new HashMap<>();
        /** {@code notification.sent} event ids by notification id. */
        final Map<String, Set<String>> sentByNotification = new HashMap<>();

        boolean settled(LeadKind kind) {
            if (!kind.qualifies()) {
                return true;
            }
            if (assignments.isEmpty()) {
                return false;
            }
            Assignment last = assignments.get(assignments.size() - 1);
            return last.ownerKind() != OwnerKind.USER || notificationsByTrigger.containsKey(last.eventId());
        }
    }

    private final Map<Integer, LeadEvents> leads = new HashMap<>();
    /** Records about each lead on every topic read, copies included. */
    private final Map<Integer, Integer> recordsByLead = new HashMap<>();
    private final List<DeadLetter> deadLetters = new ArrayList<>();
    private final Map<String, Integer> copies = new TreeMap<>();
    private int foreign;

    synchronized void activated(ResponseActivated event) {
        LeadEvents lead = lead(event.getLeadId());
        if (lead != null && !lead.activations.add(event.getEventId())) {
            copies.merge("response.activated", 1, Integer::sum);
        }
    }

    synchronized void assigned(LeadAssigned event) {
        LeadEvents lead = lead(event.getLeadId());
        if (lead == null) {
            return;
        }
        if (lead.assignments.stream().anyMatch(seen -> seen.eventId().equals(event.getEventId()))) {
            copies.merge("lead.assigned", 1, Integer::sum);
            return;
        }
        lead.assignments.add(new Assignment(event.getEventId(), event.getOwner().getId(), event.getOwner().getKind(),
                event.getMethod().name(), event.getOfferId()));
    }

    synchronized void offered(LeadOffered event) {
        LeadEvents lead = lead(event.getLeadId());
        if (lead != null) {
            lead.offers.add(event.getOfferId());
        }
    }

    synchronized void expired(LeadExpired event) {
        LeadEvents lead = lead(event.getLeadId());
        if (lead != null) {
            lead.expiriesByOffer.computeIfAbsent(event.getOfferId(), offer -> new LinkedHashSet<>())
                    .add(event.getEventId());
        }
    }

    synchronized void notified(NotificationSent event) {
        LeadEvents lead = lead(event.getLeadId());
        if (lead == null) {
            return;
        }
        lead.notificationsByTrigger.computeIfAbsent(event.getTriggerEventId(), trigger -> new LinkedHashSet<>())
                .add(event.getNotificationId());
        if (!lead.sentByNotification.computeIfAbsent(event.getNotificationId(), id -> new LinkedHashSet<>())
                .add(event.getEventId())) {
            copies.merge("notification.sent", 1, Integer::sum);
        }
    }

    synchronized void deadLettered(String topic, String key, String reason) {
        deadLetters.add(new DeadLetter(topic, key, reason));
    }

    /** Any other record about a lead on a topic the suite reads: counted, so "nothing new was published" is checked. */
    synchronized void counted(String leadId) {
        lead(leadId);
    }

    private LeadEvents lead(String leadId) {
        int number = FaultLeads.number(leadId);
        if (number < 0) {
            foreign++;
            return null;
        }
        recordsByLead.merge(number, 1, Integer::sum);
        return leads.computeIfAbsent(number, n -> new LeadEvents());
    }

    synchronized LeadEvents of(int number) {
        return leads.getOrDefault(number, new LeadEvents());
    }

    /** How many of the leads are settled: assigned when they qualify, and their user owner told. */
    synchronized int settled(Map<Integer, LeadKind> sent) {
        int settled = 0;
        for (Map.Entry<Integer, LeadKind> lead : sent.entrySet()) {
            if (of(lead.getKey()).settled(lead.getValue())) {
                settled++;
            }
        }
        return settled;
    }

    synchronized int assignedLeads() {
        return (int) leads.values().stream().filter(lead -> !lead.assignments.isEmpty()).count();
    }

    synchronized List<DeadLetter> deadLetters() {
        return List.copyOf(deadLetters);
    }

    synchronized Map<String, Integer> copies() {
        return new LinkedHashMap<>(copies);
    }

    /** Records read so far about the leads numbered below {@code before}, copies included. */
    synchronized long recordsAboutLeadsBelow(int before) {
        return recordsByLead.entrySet().stream().filter(entry -> entry.getKey() < before)
                .mapToLong(Map.Entry::getValue).sum();
    }

    synchronized int foreign() {
        return foreign;
    }
}
