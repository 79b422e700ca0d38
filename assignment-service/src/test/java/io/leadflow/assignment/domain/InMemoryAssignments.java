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

    private final Map<String, Assignment> byId = new LinkedHashMap<>();

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
    public synchronized void markPublished(List<Assignment> published) {
        for (Assignment assignment : published) {
            Assignment a = byId.get(assignment.assignmentId());
            if (a.state() == assignment.state() && a.method() == assignment.method()) {
                byId.put(a.assignmentId(), a.markedPublished());
            }
        }
    }
}
