package io.leadflow.assignment.domain;

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
final class InMemoryAssignments implements Assignments {

    private final Map<String, Assignment> byResponse = new LinkedHashMap<>();

    @Override
    public synchronized boolean insert(Assignment assignment) {
        return byResponse.putIfAbsent(assignment.responseId(), assignment) == null;
    }

    @Override
    public synchronized Set<String> insertAll(List<Assignment> assignments) {
        Set<String> storedElsewhere = new HashSet<>();
        for (Assignment assignment : assignments) {
            if (!insert(assignment)) {
                storedElsewhere.add(assignment.responseId());
            }
        }
        return storedElsewhere;
    }

    @Override
    public synchronized Map<String, Assignment> findAll(Collection<String> responseIds) {
        Map<String, Assignment> found = new HashMap<>();
        responseIds.stream().filter(byResponse::containsKey).forEach(id -> found.put(id, byResponse.get(id)));
        return found;
    }

    @Override
    public synchronized Optional<Assignment> find(String responseId) {
        return Optional.ofNullable(byResponse.get(responseId));
    }

    @Override
    public synchronized List<Assignment> ofLead(String leadId) {
        return byResponse.values().stream()
                .filter(assignment -> assignment.leadId().equals(leadId))
                .sorted(Comparator.comparing(Assignment::activatedAt))
                .toList();
    }

    @Override
    public synchronized List<Assignment> waitsOfLeads(Collection<String> leadIds) {
        return byResponse.values().stream()
                .filter(assignment -> assignment.isWaiting() && leadIds.contains(assignment.leadId()))
                .toList();
    }

    @Override
    public synchronized boolean complete(Assignment assigned) {
        if (!byResponse.get(assigned.responseId()).isWaiting()) {
            return false;
        }
        byResponse.put(assigned.responseId(), assigned);
        return true;
    }

    @Override
    public synchronized List<Assignment> dueWaits(Instant now, int limit) {
        return byResponse.values().stream()
                .filter(assignment -> assignment.isWaiting() && !assignment.dueAt().isAfter(now))
                .sorted(Comparator.comparing(Assignment::dueAt))
                .limit(limit)
                .toList();
    }

    /** Every unpublished assignment counts as stalled: the in-memory store has no outbox to consult. */
    @Override
    public synchronized List<Assignment> stalled(Instant before) {
        return byResponse.values().stream()
                .filter(assignment -> !assignment.published() && !assignment.updatedAt().isAfter(before))
                .toList();
    }

    @Override
    public synchronized void settled(Collection<String> responseIds, Instant before) {
    }

    @Override
    public synchronized boolean claim(Assignment claimed) {
        if (!byResponse.get(claimed.responseId()).isClaimable()) {
            return false;
        }
        byResponse.put(claimed.responseId(), claimed);
        return true;
    }

    @Override
    public synchronized List<Assignment> claimable(int limit) {
        return byResponse.values().stream().filter(Assignment::isClaimable)
                .sorted(Comparator.comparing(Assignment::activatedAt)).limit(limit).toList();
    }

    @Override
    public synchronized void markPublished(List<Assignment> published) {
        for (Assignment assignment : published) {
            Assignment a = byResponse.get(assignment.responseId());
            if (a.state() == assignment.state() && a.method() == assignment.method()) {
                byResponse.put(a.responseId(), withPublished(a));
            }
        }
    }

    private static Assignment withPublished(Assignment a) {
        return new Assignment(a.responseId(), a.leadId(), a.campaignId(), a.correlationId(), a.activatedAt(),
                a.state(), a.previousOwner(), a.temporaryOwner(), a.dueAt(), a.lead(), a.explanation(),
                a.finalOwner(), a.method(), a.assignedAt(), a.updatedAt(), a.hopper(), true);
    }
}
