package io.leadflow.launcher.bench;

import io.leadflow.events.AssignmentMethod;
import io.leadflow.events.LeadAssigned;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** Every {@code lead.assigned} the benchmark read: the first decision for each response, and any repeat. */
final class Assignments {

    record Decision(String eventId, String ownerId, AssignmentMethod method, long receivedAtMillis) {
    }

    private final Map<String, Decision> firstByResponse = new HashMap<>();
    private int redelivered;
    private int assignedAgain;

    /** Records the event; true when it is the response's first decision. */
    boolean add(LeadAssigned event, long receivedAtMillis) {
        Decision decision = new Decision(event.getEventId(), event.getOwner().getId(), event.getMethod(),
                receivedAtMillis);
        Decision first = firstByResponse.putIfAbsent(event.getResponseId(), decision);
        if (first == null) {
            return true;
        }
        if (first.eventId().equals(decision.eventId())) {
            redelivered++;
        } else {
            assignedAgain++;
        }
        return false;
    }

    Decision of(String responseId) {
        return firstByResponse.get(responseId);
    }

    /** Leads per owner over every response decided so far, warm-up included. */
    Map<String, Long> leadsByOwner() {
        Map<String, Long> leads = new TreeMap<>();
        firstByResponse.values().forEach(decision -> leads.merge(decision.ownerId(), 1L, Long::sum));
        return leads;
    }

    /** Copies of a decision already read, with the same event id: at-least-once delivery, dropped by consumers. */
    int redelivered() {
        return redelivered;
    }

    /** A second, different decision for a response already assigned: a routing defect. */
    int assignedAgain() {
        return assignedAgain;
    }
}
