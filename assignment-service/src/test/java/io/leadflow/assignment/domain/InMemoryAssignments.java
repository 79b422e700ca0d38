package io.leadflow.assignment.domain;

import io.leadflow.assignment.domain.offer.Offer;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@link Assignments} with the same conditional semantics as the MongoDB adapter, for workflow unit tests. */
public final class InMemoryAssignments implements Assignments {

    private final Map<String, Assignment> byId = new LinkedHashMap<>();
    private Runnable beforeNextTransition;

    /**
     * Runs {@code write} (once) just before the next conditional transition is checked: another instance's write
     * landing between what this one read and its own write.
     */
    public synchronized void beforeNextTransition(Runnable write) {
        beforeNextTransition = write;
    }

    @Override
    public synchronized boolean insert(Assignment assignment) {
        return byId.putIfAbsent(assignment.assignmentId(), assignment) == null;
    }

    @Override
    public synchronized Set<String> insertAll(List<Assignment> assignments) {
        Set<String> storedElsewhere = new HashSet<>();
        for (Assignment assignment : assignments) {
            if (!insert(assignment)) {
                storedElsewhere.add(assignment.assignmentId());
            }
        }
        return storedElsewhere;
    }

    @Override
    public synchronized Map<String, Assignment> findAll(Collection<String> assignmentIds) {
        Map<String, Assignment> found = new HashMap<>();
        assignmentIds.stream().filter(byId::containsKey).forEach(id -> found.put(id, byId.get(id)));
        return found;
    }

    @Override
    public synchronized Optional<Assignment> find(String assignmentId) {
        return Optional.ofNullable(byId.get(assignmentId));
    }

    @Override
    public synchronized List<Assignment> ofLead(String leadId) {
        return byId.values().stream()
                .filter(assignment -> assignment.leadId().equals(leadId))
                .sorted(Comparator.comparing(Assignment::activatedAt))
                .toList();
    }

    @Override
    public synchronized List<Assignment> waitsOfLeads(Collection<String> leadIds) {
        return byId.values().stream()
                .filter(assignment -> assignment.isWaiting() && leadIds.contains(assignment.leadId()))
                .toList();
    }

    @Override
    public synchronized boolean complete(Assignment assigned) {
        if (!byId.get(assigned.assignmentId()).isWaiting()) {
            return false;
        }
        byId.put(assigned.assignmentId(), assigned);
        return true;
    }

    @Override
    public synchronized List<Assignment> dueWaits(Instant now, int limit) {
        return byId.values().stream()
                .filter(assignment -> assignment.isWaiting() && assignment.dueAt() != null
                        && !assignment.dueAt().isAfter(now))
                .sorted(Comparator.comparing(Assignment::dueAt))
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized List<Assignment> openWaits(Instant parkedBefore, int limit) {
        return byId.values().stream()
                .filter(assignment -> assignment.isWaiting() && !assignment.activatedAt().isAfter(parkedBefore))
                .sorted(Comparator.comparing(Assignment::activatedAt).thenComparing(Assignment::assignmentId))
                .limit(limit)
                .toList();
    }

    /** Every unpublished assignment counts as stalled: the in-memory store has no outbox to consult. */
    @Override
    public synchronized List<Assignment> stalled(Instant before) {
        return byId.values().stream()
                .filter(assignment -> !assignment.published() && !assignment.updatedAt().isAfter(before))
                .toList();
    }

    @Override
    public synchronized void settled(Collection<String> assignmentIds, Instant before) {
    }

    @Override
    public synchronized boolean claim(Assignment claimed) {
        if (!byId.get(claimed.assignmentId()).isClaimable()) {
            return false;
        }
        byId.put(claimed.assignmentId(), claimed);
        return true;
    }

    @Override
    public synchronized List<Assignment> claimable(int limit) {
        return byId.values().stream().filter(Assignment::isClaimable)
                .sorted(Comparator.comparing(Assignment::activatedAt)).limit(limit).toList();
    }

    @Override
    public synchronized boolean transition(Assignment from, Assignment to) {
        Runnable other = beforeNextTransition;
        beforeNextTransition = null;
        if (other != null) {
            other.run();
        }
        Assignment stored = byId.get(from.assignmentId());
        if (stored.state() != from.state() || stored.attempt() != from.attempt()) {
            return false;
        }
        byId.put(to.assignmentId(), to);
        return true;
    }

    @Override
    public synchronized Map<String, Assignment> withOffers(Collection<String> offerIds) {
        Map<String, Assignment> found = new HashMap<>();
        byId.values().forEach(assignment -> assignment.offers().stream()
                .filter(offer -> offerIds.contains(offer.offerId()))
                .forEach(offer -> found.put(offer.offerId(), assignment)));
        return found;
    }

    @Override
    public synchronized List<Assignment> offeredOfLeads(Collection<String> leadIds) {
        return byId.values().stream()
                .filter(assignment -> assignment.isOffered() && leadIds.contains(assignment.leadId())).toList();
    }

    @Override
    public synchronized List<Assignment> dueOffers(Instant now, int limit) {
        return byId.values().stream()
                .filter(assignment -> assignment.isOffered() && !assignment.dueAt().isAfter(now))
                .sorted(Comparator.comparing(Assignment::dueAt)).limit(limit).toList();
    }

    @Override
    public synchronized void recordLateAcknowledgement(String assignmentId, String offerId, Instant at) {
        Assignment stored = byId.get(assignmentId);
        byId.put(assignmentId, Assignment.restore().assignmentId(stored.assignmentId())
                .responseId(stored.responseId()).leadId(stored.leadId()).campaignId(stored.campaignId())
                .correlationId(stored.correlationId()).activatedAt(stored.activatedAt()).round(stored.round())
                .lead(stored.lead()).previousOwner(stored.previousOwner()).state(stored.state())
                .temporaryOwner(stored.temporaryOwner()).dueAt(stored.dueAt()).explanation(stored.explanation())
                .owner(stored.finalOwner(), stored.method(), stored.assignedAt()).updatedAt(stored.updatedAt())
                .hopper(stored.hopper()).published(stored.published()).attempt(stored.attempt())
                .acknowledgement(stored.acknowledgement())
                .offers(stored.offers().stream().map(offer -> offer.offerId().equals(offerId)
                        ? new Offer(offer.offerId(), offer.candidate(), offer.attempt(), offer.kind(), offer.method(),
                                offer.candidateQuery(), offer.offeredAt(), offer.deadline(), offer.state(),
                                offer.closedAt(), offer.detail(), offer.takenBy(), at)
                        : offer).toList())
                .build());
    }

    @Override
    public synchronized Map<String, Assignment> latestOfLeads(Collection<String> leadIds) {
        Map<String, Assignment> latest = new HashMap<>();
        byId.values().stream().filter(assignment -> leadIds.contains(assignment.leadId()))
                .sorted(Comparator.comparing(Assignment::activatedAt).thenComparing(Assignment::updatedAt))
                .forEach(assignment -> latest.put(assignment.leadId(), assignment));
        return latest;
    }

    @Override
    public synchronized List<Assignment> withOffersMadeBetween(Instant from, Instant to, int limit) {
        return byId.values().stream().filter(assignment -> assignment.offers().stream()
                        .anyMatch(offer -> !offer.offeredAt().isBefore(from) && offer.offeredAt().isBefore(to)))
                .limit(limit).toList();
    }

    @Override
    public synchronized void markPublished(List<Assignment> published) {
        for (Assignment assignment : published) {
            Assignment a = byId.get(assignment.assignmentId());
            if (a.state() == assignment.state() && a.method() == assignment.method()) {
                byId.put(a.assignmentId(), a.markedPublished());
            }
        }
    }
}
