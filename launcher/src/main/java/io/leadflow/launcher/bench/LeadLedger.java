package io.leadflow.launcher.bench;

import io.leadflow.events.AssignmentMethod;
import io.leadflow.events.LeadAssigned;
import io.leadflow.events.NotificationSent;
import io.leadflow.events.ResponseActivated;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What happened to each lead of the run as plain consumers saw it: when its response was sent; when its
 * {@code response.activated}, {@code lead.assigned} and {@code notification.sent} were read; to whom it went and who
 * was told; and every event that should not have been there. Written by the sending thread and the topic readers,
 * read by the phases.
 *
 * <p>Lead numbers index arrays and event ids are kept as 64-bit fingerprints, so the bookkeeping of 200,000 leads is
 * a few megabytes in the JVM whose heap the report measures (two different ids share a fingerprint with odds of
 * one in 2^64).
 */
final class LeadLedger {

    /** Nanoseconds since the ledger began; not yet read. */
    static final long NOT_YET = -1;

    /** Where {@link #leadsPerOwner} counts leads assigned to anyone outside the distribution rule. */
    static final String NOT_A_MEMBER_KEY = "(not a member)";

    private static final int NOT_A_MEMBER = -1;

    private final long origin = System.nanoTime();
    private final List<String> members;
    private final long[] sent;
    private final EventReads activations;
    private final EventReads assignments;
    private final EventReads notifications;
    private final int[] owner;
    private final int[] recipient;
    private int otherMethod;
    private int foreign;
    private final Map<String, Integer> failures = new TreeMap<>();

    LeadLedger(int capacity, List<String> members) {
        this.members = List.copyOf(members);
        sent = notYet(capacity);
        activations = new EventReads(capacity);
        assignments = new EventReads(capacity);
        notifications = new EventReads(capacity);
        owner = new int[capacity];
        recipient = new int[capacity];
    }

    synchronized void sent(int number, long nanoTime) {
        sent[number] = nanoTime - origin;
    }

    synchronized void activated(ResponseActivated event, long nanoTime) {
        int number = number(event.getLeadId());
        if (number >= 0) {
            activations.read(number, event.getEventId(), nanoTime - origin);
        }
    }

    synchronized void assigned(LeadAssigned event, long nanoTime) {
        int number = number(event.getLeadId());
        if (number >= 0 && assignments.read(number, event.getEventId(), nanoTime - origin)) {
            owner[number] = members.indexOf(event.getOwner().getId());
            if (event.getMethod() != AssignmentMethod.ROUND_ROBIN) {
                otherMethod++;
            }
        }
    }

    synchronized void notified(NotificationSent event, long nanoTime) {
        int number = number(event.getLeadId());
        if (number >= 0 && notifications.read(number, event.getEventId(), nanoTime - origin)) {
            recipient[number] = members.indexOf(event.getRecipient().getId());
        }
    }

    /** A record on {@code notification.failed} or on a dead-letter topic. */
    synchronized void failed(String topic) {
        failures.merge(topic, 1, Integer::sum);
    }

    synchronized int activatedLeads() {
        return activations.leads;
    }

    synchronized int assignedLeads() {
        return assignments.leads;
    }

    synchronized int notifiedLeads() {
        return notifications.leads;
    }

    /** The times of leads {@code from} to {@code to - 1}, each complete. */
    synchronized LeadTimes times(int from, int to) {
        return new LeadTimes(Arrays.copyOfRange(sent, from, to), Arrays.copyOfRange(activations.readAt, from, to),
                Arrays.copyOfRange(assignments.readAt, from, to), Arrays.copyOfRange(notifications.readAt, from, to));
    }

    /** Leads {@code from} to {@code to - 1} per owner they were assigned to; owners outside the rule under one key. */
    synchronized Map<String, Long> leadsPerOwner(int from, int to) {
        Map<String, Long> leads = new TreeMap<>();
        for (int number = from; number < to; number++) {
            if (assignments.readAt[number] != NOT_YET) {
                leads.merge(owner[number] == NOT_A_MEMBER ? NOT_A_MEMBER_KEY : members.get(owner[number]), 1L,
                        Long::sum);
            }
        }
        return leads;
    }

    /** Everything that should not have happened to the first {@code leads} leads, counted. */
    synchronized Integrity integrity(int leads) {
        int toSomeoneElse = 0;
        int notMember = 0;
        for (int number = 0; number < leads; number++) {
            if (assignments.readAt[number] == NOT_YET) {
                continue;
            }
            if (owner[number] == NOT_A_MEMBER) {
                notMember++;
            } else if (notifications.readAt[number] != NOT_YET && recipient[number] != owner[number]) {
                toSomeoneElse++;
            }
        }
        return new Integrity(leads, activations.leads, assignments.leads, notifications.leads,
                activations.duplicated + assignments.duplicated + notifications.duplicated,
                activations.redelivered + assignments.redelivered + notifications.redelivered,
                otherMethod, notMember, toSomeoneElse, foreign, Map.copyOf(failures));
    }

    private int number(String leadId) {
        int number = LeadIds.number(leadId);
        if (number < 0 || number >= sent.length || sent[number] == NOT_YET) {
            foreign++;
            return -1;
        }
        return number;
    }

    private static long[] notYet(int capacity) {
        long[] times = new long[capacity];
        Arrays.fill(times, NOT_YET);
        return times;
    }

    /** 64-bit FNV-1a. */
    private static long fingerprint(String id) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < id.length(); i++) {
            hash ^= id.charAt(i);
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    /** The first event of one topic for each lead, and the events after it. */
    private static final class EventReads {

        private final long[] readAt;
        private final long[] firstId;
        private int leads;
        private int redelivered;
        private int duplicated;

        EventReads(int capacity) {
            readAt = notYet(capacity);
            firstId = new long[capacity];
        }

        /**
         * True for the lead's first event. A later copy with the same event id is a redelivery (consumers drop it);
         * one with another id is a second event for the same fact: a defect.
         */
        boolean read(int number, String eventId, long at) {
            long id = fingerprint(eventId);
            if (readAt[number] == NOT_YET) {
                readAt[number] = at;
                firstId[number] = id;
                leads++;
                return true;
            }
            if (firstId[number] == id) {
                redelivered++;
            } else {
                duplicated++;
            }
            return false;
        }
    }
}
