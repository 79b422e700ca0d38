package io.leadflow.dashboard.messaging;

import io.leadflow.events.LeadAssigned;
import io.leadflow.events.LeadExpired;
import io.leadflow.events.LeadOffered;
import io.leadflow.events.NotificationFailed;
import io.leadflow.events.NotificationSent;
import io.leadflow.events.Owner;
import io.leadflow.events.RoutingExplanation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificRecord;

/**
 * An event in words, for a lead's journey: a sentence for the events a manager reads most, the event's own fields
 * for the others (so a new topic or field shows without a change here).
 */
final class JourneyLines {

    /** The envelope every event has, and the bulky parts a line leaves out (the explanation has lines of its own). */
    private static final Set<String> LEFT_OUT = Set.of("eventId", "occurredAt", "correlationId", "leadId", "lead",
            "explanation", "acknowledgeUrl");
    private static final int LONGEST = 300;

    private JourneyLines() {
    }

    static String summary(SpecificRecord event) {
        if (event instanceof LeadAssigned assigned) {
            return "assigned to " + name(assigned.getOwner()) + " (" + assigned.getMethod() + "): "
                    + assigned.getReason();
        }
        if (event instanceof LeadOffered offered) {
            return "offered to " + name(offered.getCandidate()) + " until " + offered.getDeadline() + " ("
                    + offered.getKind() + ", attempt " + offered.getAttempt() + "): " + offered.getReason();
        }
        if (event instanceof LeadExpired expired) {
            return "offer to " + name(expired.getOwner()) + " ended, " + expired.getReason() + ": "
                    + expired.getDetail();
        }
        if (event instanceof NotificationSent sent) {
            return "told " + name(sent.getRecipient()) + " by " + sent.getChannel() + ": " + sent.getSubject();
        }
        if (event instanceof NotificationFailed failed) {
            return "telling " + name(failed.getRecipient()) + " by " + failed.getChannel() + " failed"
                    + (failed.getWillRetry() ? " (will retry): " : " (given up): ") + failed.getReason();
        }
        return fields(event);
    }

    /** The routing trace and every candidate's verdict, for an event that carries an explanation. */
    static List<String> details(RoutingExplanation explanation) {
        if (explanation == null) {
            return List.of();
        }
        List<String> details = new ArrayList<>(explanation.getSteps());
        explanation.getCandidates().forEach(candidate -> details.add(
                (candidate.getName() == null ? candidate.getUserId() : candidate.getName()) + ": "
                        + candidate.getVerdict() + " (" + candidate.getDetail() + ")"));
        return details;
    }

    private static String fields(SpecificRecord event) {
        StringJoiner line = new StringJoiner(", ");
        for (Schema.Field field : event.getSchema().getFields()) {
            Object value = event.get(field.pos());
            if (!LEFT_OUT.contains(field.name()) && value != null) {
                line.add(field.name() + " " + (value instanceof Owner owner ? name(owner) : value));
            }
        }
        String text = line.toString();
        return text.length() <= LONGEST ? text : text.substring(0, LONGEST - 1) + "…";
    }

    private static String name(Owner owner) {
        return owner.getName() == null ? owner.getId() : owner.getName();
    }
}
