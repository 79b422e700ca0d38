package io.leadflow.assignment.domain.offer;

import io.leadflow.assignment.domain.Assignment;
import io.leadflow.assignment.domain.Assignments;
import io.leadflow.assignment.domain.outbox.OutcomePublisher;
import io.leadflow.assignment.domain.routing.RoutingConfigurations;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Offers and their acknowledgement SLAs: acknowledgements (from {@code lead.acknowledged} or the signed link)
 * make the candidate the final owner; deadlines that pass expire the open offers and start the reassignment
 * ({@link Reassigner}). Every decision is one conditional write of the assignment (see
 * {@link Assignments#transition}), so of racing acknowledgements, and of an acknowledgement racing the
 * deadline, on any instance, exactly one wins; the loser is told the offer had ended. Decisions are stored
 * before they are published, as everywhere in assignment-service.
 */
public class Offers {

    private static final int DUE_OFFERS_PER_READ = 100;
    /** Reads of due offers per poll: a backlog of deadlines is worked off in one poll, a bounded one. */
    private static final int MAX_READS_PER_POLL = 50;

    private final Assignments assignments;
    private final Reassigner reassigner;
    private final RoutingConfigurations configurations;
    private final OutcomePublisher publisher;
    private final Clock clock;

    public Offers(Assignments assignments, Reassigner reassigner, RoutingConfigurations configurations,
            OutcomePublisher publisher, Clock clock) {
        this.assignments = assignments;
        this.reassigner = reassigner;
        this.configurations = configurations;
        this.publisher = publisher;
        this.clock = clock;
    }

    /**
     * Acknowledgements, in order, decided together: the assignments they name are read in one query per kind of
     * reference (by offer id, by lead), the winners published in one publication.
     */
    public List<AcknowledgementOutcome> acknowledgeAll(List<AcknowledgementFact> acknowledgements) {
        Map<String, Assignment> current = new LinkedHashMap<>();
        Map<String, String> assignmentOfOffer = new HashMap<>();
        Set<String> offerIds = acknowledgements.stream().map(AcknowledgementFact::offerId)
                .filter(id -> id != null).collect(Collectors.toSet());
        assignments.withOffers(offerIds).forEach((offerId, assignment) -> {
            current.put(assignment.assignmentId(), assignment);
            assignmentOfOffer.put(offerId, assignment.assignmentId());
        });
        Set<String> leadsOnly = acknowledgements.stream().filter(ack -> ack.offerId() == null)
                .map(AcknowledgementFact::leadId).collect(Collectors.toSet());
        Map<String, List<String>> offeredOfLead = new HashMap<>();
        Map<String, String> latestOfLead = new HashMap<>();
        if (!leadsOnly.isEmpty()) {
            for (Assignment offered : assignments.offeredOfLeads(leadsOnly)) {
                current.put(offered.assignmentId(), offered);
                offeredOfLead.computeIfAbsent(offered.leadId(), lead -> new ArrayList<>()).add(offered.assignmentId());
            }
            assignments.latestOfLeads(leadsOnly).forEach((leadId, latest) -> {
                current.putIfAbsent(latest.assignmentId(), latest);
                latestOfLead.put(leadId, latest.assignmentId());
            });
        }
        Instant now = clock.instant();
        List<AcknowledgementOutcome> outcomes = new ArrayList<>();
        List<Assignment> won = new ArrayList<>();
        for (AcknowledgementFact ack : acknowledgements) {
            Optional<Assignment> found = ack.offerId() != null
                    ? Optional.ofNullable(assignmentOfOffer.get(ack.offerId())).map(current::get)
                    : offerOfLeadTo(ack, offeredOfLead.getOrDefault(ack.leadId(), List.of()),
                            latestOfLead.get(ack.leadId()), current);
            if (found.isEmpty()) {
                outcomes.add(new AcknowledgementOutcome.NoSuchOffer(ack.leadId(), ack.offerId()));
                continue;
            }
            String offerId = ack.offerId() != null ? ack.offerId() : latestOfferTo(found.get(), ack).offerId();
            AcknowledgementOutcome outcome = decide(found.get(), offerId, ack, now);
            if (outcome instanceof AcknowledgementOutcome.Acknowledged acknowledged) {
                current.put(acknowledged.assignment().assignmentId(), acknowledged.assignment());
                won.add(acknowledged.assignment());
            } else if (outcome instanceof AcknowledgementOutcome.Late late) {
                current.put(late.assignment().assignmentId(), late.assignment());
            }
            outcomes.add(outcome);
        }
        publisher.publishPending(won);
        return outcomes;
    }

    /** The signed link of offer {@code offerId} was used: its candidate acknowledges it now. */
    public AcknowledgementOutcome acknowledgeByLink(String offerId) {
        Optional<Assignment> found = offerOf(offerId);
        if (found.isEmpty()) {
            return new AcknowledgementOutcome.NoSuchOffer(null, offerId);
        }
        Offer offer = found.get().offer(offerId).orElseThrow();
        return acknowledgeAll(List.of(new AcknowledgementFact(found.get().leadId(), offerId, offer.candidate(),
                clock.instant()))).get(0);
    }

    /** The assignment holding offer {@code offerId}. */
    public Optional<Assignment> offerOf(String offerId) {
        return Optional.ofNullable(assignments.withOffers(List.of(offerId)).get(offerId));
    }

    /**
     * Expires the open offers whose deadline passed and reassigns their leads; every instance may poll, because
     * each expiry is a conditional write only one wins.
     */
    public void fireDueDeadlines() {
        for (int read = 0; read < MAX_READS_PER_POLL; read++) {
            Instant now = clock.instant();
            List<Assignment> due = assignments.dueOffers(now, DUE_OFFERS_PER_READ);
            if (due.isEmpty()) {
                return;
            }
            List<Assignment> next = reassigner.afterExpiry(due, configurations.current(), now);
            List<Assignment> won = new ArrayList<>();
            for (int i = 0; i < due.size(); i++) {
                if (assignments.transition(due.get(i), next.get(i))) {
                    won.add(next.get(i));
                }
            }
            publisher.publishPending(won);
            if (due.size() < DUE_OFFERS_PER_READ) {
                return;
            }
        }
    }

    /**
     * The assignment an acknowledgement naming only the lead answers: the one with an open offer to the user, else
     * the lead's latest assignment if it ever offered the lead to them (then the acknowledgement is late or a
     * repeat).
     */
    private static Optional<Assignment> offerOfLeadTo(AcknowledgementFact ack, Collection<String> offeredIds,
            String latestId, Map<String, Assignment> current) {
        String userId = ack.acknowledgedBy().id();
        Optional<Assignment> open = offeredIds.stream().map(current::get)
                .filter(assignment -> assignment.offersTo(userId).stream().anyMatch(Offer::isOpen))
                .findFirst();
        if (open.isPresent() || latestId == null) {
            return open;
        }
        return Optional.of(current.get(latestId)).filter(latest -> !latest.offersTo(userId).isEmpty());
    }

    /** The user's open offer in the assignment, else their latest one. */
    private static Offer latestOfferTo(Assignment assignment, AcknowledgementFact ack) {
        List<Offer> toUser = assignment.offersTo(ack.acknowledgedBy().id());
        return toUser.stream().filter(Offer::isOpen).findFirst().orElse(toUser.get(toUser.size() - 1));
    }

    /**
     * One acknowledgement of one offer: the winner's transition if the offer is open (a loser of a race re-reads
     * and finds it ended), else why it changes nothing.
     */
    private AcknowledgementOutcome decide(Assignment assignment, String offerId, AcknowledgementFact ack,
            Instant now) {
        Offer offer = assignment.offer(offerId).orElseThrow();
        if (!offer.candidate().id().equals(ack.acknowledgedBy().id())) {
            return new AcknowledgementOutcome.NotTheCandidate(assignment, offer);
        }
        Optional<Assignment> acknowledged = assignment.acknowledged(offerId, ack.at(), now);
        if (acknowledged.isPresent()) {
            if (assignments.transition(assignment, acknowledged.get())) {
                return new AcknowledgementOutcome.Acknowledged(acknowledged.get(),
                        acknowledged.get().offer(offerId).orElseThrow());
            }
            Assignment changed = assignments.find(assignment.assignmentId()).orElseThrow();
            return decide(changed, offerId, ack, now);
        }
        if (offer.state() == OfferState.ACKNOWLEDGED) {
            return new AcknowledgementOutcome.AlreadyAcknowledged(assignment, offer);
        }
        if (offer.lateAcknowledgedAt() == null) {
            assignments.recordLateAcknowledgement(assignment.assignmentId(), offerId, ack.at());
        }
        return new AcknowledgementOutcome.Late(assignment, offer);
    }
}
