package io.leadflow.reactivation.messaging;

import io.leadflow.events.ActivationKind;
import io.leadflow.events.LeadOwnerChanged;
import io.leadflow.events.LeadScoreChanged;
import io.leadflow.events.LeadStatusChanged;
import io.leadflow.events.ReactivationRequested;
import io.leadflow.events.RelatedRecordType;
import io.leadflow.events.ResponseActivated;
import io.leadflow.events.ResponseClosed;
import io.leadflow.events.ResponseCreated;
import io.leadflow.platform.events.InvalidEventException;
import io.leadflow.reactivation.domain.lead.LeadAttributes;
import io.leadflow.reactivation.domain.lead.LeadEvent;
import io.leadflow.reactivation.domain.lead.LeadSnapshot;
import io.leadflow.reactivation.domain.lead.Owner;
import io.leadflow.reactivation.domain.lead.OwnerKind;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;

/** Maps the Avro events of the consumed topics to domain events and back: Avro stops at this edge. */
public final class EventMapping {

    /** The role whose holder is the lead's owner; lead.owner.changed v1 writers name no role and mean it. */
    private static final String PRIMARY_AGENT = "PRIMARY_AGENT";

    private EventMapping() {
    }

    /**
     * The domain event of a record of any consumed topic.
     *
     * @throws InvalidEventException when the event breaks its topic's rules (the record is dead-lettered)
     */
    public static LeadEvent toEvent(SpecificRecord record) {
        if (record instanceof ResponseCreated) {
            ResponseCreated e = (ResponseCreated) record;
            check("response.created", e.getEventId(), e.getLeadId(), "responseId", e.getResponseId(), "campaignId",
                    e.getCampaignId());
            return new LeadEvent.ResponseInserted(e.getEventId(), e.getLeadId(), e.getCorrelationId(),
                    e.getOccurredAt(), e.getResponseId(), e.getCampaignId(), e.getCampaignName(), e.getMemberStatus(),
                    e.getResponded(), toSnapshot(e.getLead()));
        }
        if (record instanceof ResponseActivated) {
            ResponseActivated e = (ResponseActivated) record;
            check("response.activated", e.getEventId(), e.getLeadId(), "responseId", e.getResponseId());
            return new LeadEvent.ResponseActivated(e.getEventId(), e.getLeadId(), e.getCorrelationId(),
                    e.getOccurredAt(), e.getResponseId(), e.getKind() == ActivationKind.REACTIVATED);
        }
        if (record instanceof ResponseClosed) {
            ResponseClosed e = (ResponseClosed) record;
            check("response.closed", e.getEventId(), e.getLeadId(), "responseId", e.getResponseId());
            return new LeadEvent.ResponseClosed(e.getEventId(), e.getLeadId(), e.getCorrelationId(),
                    e.getOccurredAt(), e.getResponseId());
        }
        if (record instanceof LeadScoreChanged) {
            LeadScoreChanged e = (LeadScoreChanged) record;
            List<String> problems = problems(e.getEventId(), e.getLeadId());
            if (e.getScore() < 0) {
                problems.add("score must not be negative (" + e.getScore() + ")");
            }
            failOn("lead.score.changed", problems);
            return new LeadEvent.ScoreChanged(e.getEventId(), e.getLeadId(), e.getCorrelationId(), e.getOccurredAt(),
                    e.getPreviousScore(), e.getScore());
        }
        if (record instanceof LeadStatusChanged) {
            LeadStatusChanged e = (LeadStatusChanged) record;
            check("lead.status.changed", e.getEventId(), e.getLeadId(), "status", e.getStatus());
            return new LeadEvent.StatusChanged(e.getEventId(), e.getLeadId(), e.getCorrelationId(), e.getOccurredAt(),
                    e.getPreviousStatus(), e.getStatus());
        }
        if (record instanceof LeadOwnerChanged) {
            LeadOwnerChanged e = (LeadOwnerChanged) record;
            check("lead.owner.changed", e.getEventId(), e.getLeadId());
            return new LeadEvent.OwnerChanged(e.getEventId(), e.getLeadId(), e.getCorrelationId(), e.getOccurredAt(),
                    toOwner(e.getNewOwner()), e.getRole() == null || e.getRole().isBlank()
                            || PRIMARY_AGENT.equalsIgnoreCase(e.getRole().trim()));
        }
        if (record instanceof ReactivationRequested) {
            ReactivationRequested e = (ReactivationRequested) record;
            List<String> problems = problems(e.getEventId(), e.getLeadId());
            blank(problems, "scenario", e.getScenario());
            blank(problems, "relatedRecordId", e.getRelatedRecordId());
            if (e.getRelatedRecordType() == RelatedRecordType.UNKNOWN) {
                problems.add("relatedRecordType must be TASK, LEAD or CONTACT");
            }
            failOn("reactivation.requested", problems);
            return new LeadEvent.ReactivationRequested(e.getEventId(), e.getLeadId(), e.getCorrelationId(),
                    e.getOccurredAt(), e.getScenario(), e.getRelatedRecordType().name(), e.getRelatedRecordId(),
                    e.getRequestedBy());
        }
        throw new InvalidEventException("reactivation-service does not consume " + record.getSchema().getFullName());
    }

    static LeadSnapshot toSnapshot(io.leadflow.events.LeadSnapshot lead) {
        io.leadflow.events.LeadAttributes a = lead.getAttributes();
        return new LeadSnapshot(toOwner(lead.getOwner()), lead.getScore(), lead.getStatus(), new LeadAttributes(
                a.getFirstName(), a.getLastName(), a.getEmail(), a.getTitle(), a.getCompany(), a.getCompanySize(),
                a.getCountry(), a.getState(), a.getIndustry(), a.getTags(), a.getCustom()));
    }

    static io.leadflow.events.LeadSnapshot toAvro(LeadSnapshot lead) {
        LeadAttributes a = lead.attributes();
        Owner owner = lead.owner();
        return io.leadflow.events.LeadSnapshot.newBuilder()
                .setOwner(owner == null ? null : io.leadflow.events.Owner.newBuilder()
                        .setId(owner.id())
                        .setKind(io.leadflow.events.OwnerKind.valueOf(owner.kind().name()))
                        .setName(owner.name())
                        .build())
                .setScore(lead.score())
                .setStatus(lead.status())
                .setAttributes(io.leadflow.events.LeadAttributes.newBuilder()
                        .setFirstName(a.firstName()).setLastName(a.lastName()).setEmail(a.email())
                        .setTitle(a.title()).setCompany(a.company()).setCompanySize(a.companySize())
                        .setCountry(a.country()).setState(a.state()).setIndustry(a.industry())
                        .setTags(a.tags()).setCustom(a.custom())
                        .build())
                .build();
    }

    private static Owner toOwner(io.leadflow.events.Owner owner) {
        return owner == null ? null
                : new Owner(owner.getId(), OwnerKind.valueOf(owner.getKind().name()), owner.getName());
    }

    private static void check(String topic, String eventId, String leadId, String... namedValues) {
        List<String> problems = problems(eventId, leadId);
        for (int i = 0; i < namedValues.length; i += 2) {
            blank(problems, namedValues[i], namedValues[i + 1]);
        }
        failOn(topic, problems);
    }

    private static List<String> problems(String eventId, String leadId) {
        List<String> problems = new ArrayList<>();
        blank(problems, "eventId", eventId);
        blank(problems, "leadId", leadId);
        return problems;
    }

    private static void blank(List<String> problems, String name, String value) {
        if (value == null || value.isBlank()) {
            problems.add(name + " must not be blank");
        }
    }

    private static void failOn(String topic, List<String> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidEventException("invalid " + topic + ": " + String.join("; ", problems));
        }
    }
}
