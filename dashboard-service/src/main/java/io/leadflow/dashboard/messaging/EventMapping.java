package io.leadflow.dashboard.messaging;

import io.leadflow.dashboard.domain.Assignment;
import io.leadflow.dashboard.domain.Candidate;
import io.leadflow.dashboard.domain.Explanation;
import io.leadflow.dashboard.domain.LeadEvent;
import io.leadflow.dashboard.domain.Observed;
import io.leadflow.dashboard.domain.Offer;
import io.leadflow.dashboard.domain.OfferEnded;
import io.leadflow.dashboard.domain.Person;
import io.leadflow.events.ExpiryReason;
import io.leadflow.events.LeadAssigned;
import io.leadflow.events.LeadExpired;
import io.leadflow.events.LeadAttributes;
import io.leadflow.events.LeadOffered;
import io.leadflow.events.LeadSnapshot;
import io.leadflow.events.Owner;
import io.leadflow.events.RoutingExplanation;
import io.leadflow.schemas.Topic;
import io.leadflow.schemas.Topics;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.stream.Stream;
import org.apache.avro.specific.SpecificRecord;

/** Avro events to the dashboard's domain, at the edge: the three that count, and a journey line for every one. */
final class EventMapping {

    private EventMapping() {
    }

    static Observed toDomain(SpecificRecord event) {
        if (event instanceof LeadAssigned assigned) {
            return Observed.assignment(line(assigned, JourneyLines.details(assigned.getExplanation())),
                    assignment(assigned));
        }
        if (event instanceof LeadOffered offered) {
            return Observed.offer(line(offered, JourneyLines.details(offered.getExplanation())), offer(offered));
        }
        if (event instanceof LeadExpired expired) {
            return Observed.offerEnded(line(expired, List.of()), offerEnded(expired));
        }
        return Observed.journeyOnly(line(event, List.of()));
    }

    static Person person(Owner owner) {
        return new Person(owner.getId(), owner.getName());
    }

    private static Assignment assignment(LeadAssigned event) {
        Explanation explanation = event.getExplanation() == null
                ? Explanation.summaryOnly(event.getReason())
                : explanation(event.getExplanation());
        return new Assignment(event.getEventId(), event.getLeadId(), leadLabel(event.getLead()), event.getResponseId(),
                person(event.getOwner()),
                event.getMethod().name(), event.getReason(), event.getAssignedAt(), event.getTimeToAssignMillis(),
                event.getOfferId(), explanation);
    }

    private static String leadLabel(LeadSnapshot lead) {
        LeadAttributes attributes = lead.getAttributes();
        StringJoiner name = new StringJoiner(" ");
        Stream.of(attributes.getFirstName(), attributes.getLastName()).filter(Objects::nonNull).forEach(name::add);
        StringJoiner label = new StringJoiner(" · ");
        Stream.of(name.toString(), attributes.getCompany()).filter(part -> part != null && !part.isBlank())
                .forEach(label::add);
        return label.toString();
    }

    private static Explanation explanation(RoutingExplanation explanation) {
        List<Candidate> candidates = new ArrayList<>();
        explanation.getCandidates().forEach(candidate -> candidates.add(new Candidate(candidate.getUserId(),
                candidate.getName(), candidate.getVerdict().name(), candidate.getDetail())));
        return new Explanation(explanation.getSummary(), explanation.getConfigurationVersion(),
                explanation.getAssignmentRule(), explanation.getDistributionRule(), explanation.getSteps(),
                candidates);
    }

    private static Offer offer(LeadOffered event) {
        return new Offer(event.getEventId(), event.getOfferId(), event.getLeadId(), person(event.getCandidate()),
                event.getOfferedAt(), event.getDeadline());
    }

    private static OfferEnded offerEnded(LeadExpired event) {
        return new OfferEnded(event.getEventId(), event.getOfferId(), person(event.getOwner()),
                event.getOccurredAt(), event.getReason() == ExpiryReason.NOT_ACKNOWLEDGED);
    }

    /** Every catalog record starts with the envelope: event id, time, correlation id, and (lead topics) lead id. */
    private static LeadEvent line(SpecificRecord event, List<String> details) {
        Topic<?> topic = Topics.byValueType(event.getClass()).orElseThrow(() -> new IllegalArgumentException(
                "not a catalog event: " + event.getSchema().getFullName()));
        return new LeadEvent(field(event, "eventId").toString(), field(event, "leadId").toString(), topic.name(),
                topic.writer(), (Instant) field(event, "occurredAt"), JourneyLines.summary(event), details);
    }

    private static Object field(SpecificRecord event, String name) {
        return event.get(event.getSchema().getField(name).pos());
    }
}
