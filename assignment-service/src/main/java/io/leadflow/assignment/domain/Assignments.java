package io.leadflow.assignment.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;

/**
 * Where assignments are kept, by assignment id (the response id for a response's first activation; see
 * {@link Round#assignmentId}). Every write is a conditional single-document update, safe under concurrency.
 */
public interface Assignments {

    /** Stores a new assignment; false when it exists already (a redelivered activation). */
    boolean insert(Assignment assignment);

    /**
     * Stores new assignments in one write; returns the ids of those that were not stored because they exist
     * already (another instance stored them first).
     */
    Set<String> insertAll(List<Assignment> assignments);

    Optional<Assignment> find(String assignmentId);

    /** The assignments among these ids that exist, by assignment id, in one read. */
    Map<String, Assignment> findAll(Collection<String> assignmentIds);

    /** The lead's assignments, every round of every response, oldest activation first. */
    List<Assignment> ofLead(String leadId);

    /** The assignments of these leads that wait for the external engine, in one read of the open waits. */
    List<Assignment> waitsOfLeads(Collection<String> leadIds);

    /**
     * Stores a wait's outcome if the assignment is still waiting. Of an owner change and a timeout racing
     * for the same wait, exactly one gets true.
     */
    boolean complete(Assignment assigned);

    /** Waits whose timeout is due at {@code now}, earliest first; a wait without timeout is never due. */
    List<Assignment> dueWaits(Instant now, int limit);

    /**
     * Up to {@code limit} open waits parked (activated) no later than {@code parkedBefore}, oldest first, read from
     * the open waits only; for operators, not for a hot path.
     */
    List<Assignment> openWaits(Instant parkedBefore, int limit);

    /**
     * Assignments whose latest transition happened outside a Kafka record's handling (a timeout, a claim, a
     * completed wait) before {@code before} and may not be published: their handler may have died.
     */
    List<Assignment> stalled(Instant before);

    /** The stalled assignments' events are out: forget them, unless a newer transition began since. */
    void settled(Collection<String> assignmentIds, Instant before);

    /**
     * Stores a claim of a hopper lead if it is still claimable. Of users claiming the same lead at the same
     * time, exactly one gets true.
     */
    boolean claim(Assignment claimed);

    /** Hopper leads nobody claimed yet, oldest activation first. */
    List<Assignment> claimable(int limit);

    /**
     * Stores {@code to}, the next state of {@code from}, if the stored assignment is still in {@code from}'s state
     * and attempt: of racing transitions of the same assignment (two acknowledgements of a Blast, an
     * acknowledgement and the deadline, two instances firing the same deadline), exactly one gets true. The
     * transition enters the outbox first, so it is published even if its handler dies; a wait for the engine
     * is ended only by whoever removes it (see {@link #complete}). The open offers' deadline follows the state, and
     * so does a reassignment group round's lock of the lead's primary agent (released once it is no longer offered).
     */
    boolean transition(Assignment from, Assignment to);

    /** The assignments holding these offers, by offer id, in one read. */
    Map<String, Assignment> withOffers(Collection<String> offerIds);

    /** The assignments of these leads that are offered (have open offers), in one read. */
    List<Assignment> offeredOfLeads(Collection<String> leadIds);

    /** Offered assignments whose offers' deadline is due at {@code now}, earliest first, read from open offers only. */
    List<Assignment> dueOffers(Instant now, int limit);

    /** Records that the candidate acknowledged the offer at {@code at}, after it had ended; changes nothing else. */
    void recordLateAcknowledgement(String assignmentId, String offerId, Instant at);

    /** Each of these leads' latest assignment (the latest activation or reassignment), by lead id, in one read. */
    Map<String, Assignment> latestOfLeads(Collection<String> leadIds);

    /** Assignments with offers made in [{@code from}, {@code to}), at most {@code limit}: for offer metrics. */
    List<Assignment> withOffersMadeBetween(Instant from, Instant to, int limit);

    /** Records in one write that the events these assignments' states call for were published. */
    void markPublished(List<Assignment> published);
}
