package io.leadflow.assignment.domain;

import io.leadflow.assignment.domain.group.LeadLocks;
import io.leadflow.assignment.domain.offer.Durations;
import io.leadflow.assignment.domain.offer.Offer;
import io.leadflow.assignment.domain.offer.OfferKind;
import io.leadflow.assignment.domain.routing.Acknowledgement;
import io.leadflow.assignment.domain.routing.RoutingExplanation;
import io.leadflow.platform.events.EventIds;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The assignment of one round of an active response (its first activation, or a reactivation of it), from the
 * routing decision to the final owner. Transitions are pure: they return the next state and leave storing it,
 * conditionally on the state it came from, to {@link Assignments}.
 *
 * <p>An assignment starts from an activation in one of the states routing can decide ({@code notRouted},
 * {@code retained}, {@code awaitingEngine}, {@code routed}, {@code offered}, {@code inHopper}, {@code unassigned})
 * and moves on only by named transitions ({@link #completedBy}, {@link #timedOut}, {@link #claimedBy},
 * {@link #acknowledged}, {@link #reoffered}, {@link #toFinalTarget}, {@link #superseded},
 * {@link #markedPublished}); the store reads one back with {@link #restore()}.
 *
 * <p>An offered assignment holds its offers: those of the current {@code attempt} are open until one is
 * acknowledged, they expire at {@code dueAt} and the next attempt's offers are made, or the final target gets
 * the lead. Every transition is stored on the condition that state and attempt are still those it started
 * from, so exactly one of racing acknowledgements and deadlines wins.
 *
 * @param assignmentId the response id for the response's first activation, an id of its own for a reactivation
 *     (see {@link Round#assignmentId})
 * @param round which activation started it, and whether its owner may be told; every transition keeps it
 * @param previousOwner the lead's owner when the response became active (null: unassigned)
 * @param temporaryOwner where the lead is parked for the external engine (null unless it was)
 * @param dueAt when the wait for the engine times out (null unless the lead was parked, and for a wait without
 *     timeout: only an owner change ends it); when offered, the deadline of the open offers
 * @param explanation why the assignment is in its state: its summary is the one sentence operators read, its
 *     steps and candidates the routing trace
 * @param finalOwner the decided owner (null until assigned)
 * @param assignedAt when the final owner was decided, in business time: the engine's owner change, the
 *     timeout, or the activation itself when the owner was retained
 * @param updatedAt clock time of the last transition; tells how long a publication has been pending
 * @param hopper whether the lead went to the hopper, where a user may claim it (once)
 * @param published whether the events the current state calls for have been confirmed by the broker (always
 *     true when not routed: that state calls for none)
 * @param offers every offer made in this assignment, oldest first (empty unless an acknowledgement SLA applied)
 * @param attempt the attempt the open offers belong to: 0 for routing's own offer, then one per reassignment
 * @param acknowledgement the SLA the offers follow, as it was when the lead was first offered (null: none)
 */
public record Assignment(
        String assignmentId,
        String responseId,
        String leadId,
        String campaignId,
        String correlationId,
        Instant activatedAt,
        AssignmentState state,
        Owner previousOwner,
        Owner temporaryOwner,
        Instant dueAt,
        Lead lead,
        RoutingExplanation explanation,
        Owner finalOwner,
        AssignmentMethod method,
        Instant assignedAt,
        Instant updatedAt,
        boolean hopper,
        boolean published,
        Round round,
        List<Offer> offers,
        int attempt,
        Acknowledgement acknowledgement) {

    public Assignment {
        offers = offers == null ? List.of() : List.copyOf(offers);
    }

    /** An activation that does not route the lead: nothing to publish. */
    static Assignment notRouted(Activation activation, RoutingExplanation why, Instant now) {
        return started(activation, AssignmentState.NOT_ROUTED, why, now).published(true).build();
    }

    /**
     * The lead's primary agent is locked by a reassignment group distribution: routing is refused, nothing is
     * published, and the reason says which group holds the lock.
     */
    public static Assignment lockedOut(Activation activation, LeadLocks.Lock lock, Instant now) {
        return notRouted(activation, RoutingExplanation.of("not routed: the lead's primary agent is locked (Re-Assign"
                + " in progress through reassignment group '" + lock.group() + "', started by " + lock.lockedBy()
                + " at " + lock.since() + ")"), now);
    }

    /** The current owner keeps the lead: assigned at once, at the activation. */
    static Assignment retained(Activation activation, Owner owner, RoutingExplanation why, Instant now) {
        return started(activation, AssignmentState.ASSIGNED, why, now)
                .owner(owner, AssignmentMethod.OWNER_RETAINED, activation.occurredAt()).build();
    }

    /** The lead is parked with the temporary owner until an external engine moves it, or {@code dueAt} if any. */
    static Assignment awaitingEngine(Activation activation, Owner temporaryOwner, Instant dueAt,
            RoutingExplanation why, Instant now) {
        return started(activation, AssignmentState.WAITING_FOR_ENGINE, why, now)
                .temporaryOwner(temporaryOwner).dueAt(dueAt).build();
    }

    /** leadflow's routing decided the owner itself, at {@code now}; {@code hopper} when it sits in the hopper too. */
    static Assignment routed(Activation activation, Owner owner, AssignmentMethod method, boolean hopper,
            RoutingExplanation why, Instant now) {
        return started(activation, AssignmentState.ASSIGNED, why, now).owner(owner, method, now).hopper(hopper)
                .build();
    }

    /**
     * leadflow's routing chose {@code candidate} under an acknowledgement SLA: the lead is offered to them, and
     * becomes theirs only when they acknowledge it by the deadline.
     */
    public static Assignment offered(Activation activation, Owner candidate, AssignmentMethod method, Acknowledgement sla,
            RoutingExplanation why, Instant now) {
        Instant deadline = now.plus(sla.within());
        Offer offer = Offer.open(offerId(activation.assignmentId(), 0, candidate), candidate, 0, OfferKind.ROUTING,
                method, null, now, deadline);
        return started(activation, AssignmentState.OFFERED,
                why.then("offered to " + candidate.describe() + ", who must acknowledge it within "
                        + Durations.words(sla.within())), now)
                .offers(List.of(offer)).attempt(0).acknowledgement(sla).dueAt(deadline).build();
    }

    /**
     * A person reassigned the lead to {@code owner} (over REST, {@code activation} standing for the request): the
     * owner is final at once, nobody is offered the lead.
     */
    public static Assignment reassignedManually(Activation activation, Owner owner, RoutingExplanation why,
            Instant now) {
        return started(activation, AssignmentState.ASSIGNED, why, now)
                .owner(owner, AssignmentMethod.MANUAL_REASSIGNMENT, now).build();
    }

    /**
     * Nobody in the reassignment group could take the lead when it was sent there: its default assignee gets it
     * at once ({@code activation} standing for the request).
     */
    public static Assignment toGroupDefault(Activation activation, Owner defaultAssignee, RoutingExplanation why,
            Instant now) {
        return started(activation, AssignmentState.ASSIGNED, why, now)
                .owner(defaultAssignee, AssignmentMethod.GROUP_DEFAULT_ASSIGNEE, now).build();
    }

    /** The id of the offer of attempt {@code attempt} to {@code candidate}: the same whenever it is worked out. */
    static String offerId(String assignmentId, int attempt, Owner candidate) {
        return EventIds.derived("offer", assignmentId, Integer.toString(attempt), candidate.id());
    }

    /**
     * The lead waits in the hopper without an owner until a user claims it; the CRM is asked to show it unassigned
     * (it would otherwise keep showing the owner it had).
     */
    static Assignment inHopper(Activation activation, RoutingExplanation why, Instant now) {
        return started(activation, AssignmentState.IN_HOPPER, why, now).hopper(true).build();
    }

    /** Nobody could take the lead; the explanation says why. Nothing is published. */
    static Assignment unassigned(Activation activation, RoutingExplanation why, Instant now) {
        return started(activation, AssignmentState.UNASSIGNED, why, now).published(true).build();
    }

    /** What every assignment an activation starts has in common: the activation's facts, a state, why, when. */
    private static Builder started(Activation activation, AssignmentState state, RoutingExplanation why,
            Instant now) {
        return new Builder()
                .assignmentId(activation.assignmentId())
                .responseId(activation.responseId())
                .leadId(activation.leadId())
                .campaignId(activation.campaignId())
                .correlationId(activation.correlationId())
                .activatedAt(activation.occurredAt())
                .round(activation.round())
                .lead(activation.lead())
                .previousOwner(activation.lead().owner())
                .state(state)
                .explanation(why)
                .updatedAt(now);
    }

    /**
     * An assignment as it was stored, for the store to read it back (nothing else should build one from its
     * parts: every other assignment comes from an activation and the transitions that follow).
     */
    public static Builder restore() {
        return new Builder();
    }

    /** The same assignment with its pending events confirmed by the broker. */
    public Assignment markedPublished() {
        return toBuilder().published(true).build();
    }

    private Builder toBuilder() {
        return new Builder()
                .assignmentId(assignmentId)
                .responseId(responseId)
                .leadId(leadId)
                .campaignId(campaignId)
                .correlationId(correlationId)
                .activatedAt(activatedAt)
                .round(round)
                .lead(lead)
                .previousOwner(previousOwner)
                .state(state)
                .temporaryOwner(temporaryOwner)
                .dueAt(dueAt)
                .explanation(explanation)
                .owner(finalOwner, method, assignedAt)
                .updatedAt(updatedAt)
                .hopper(hopper)
                .published(published)
                .offers(offers)
                .attempt(attempt)
                .acknowledgement(acknowledgement);
    }

    /** The parts of an assignment by name; see {@link #restore()}. Unset parts are null (flags: false). */
    public static final class Builder {

        private String assignmentId;
        private String responseId;
        private String leadId;
        private String campaignId;
        private String correlationId;
        private Instant activatedAt;
        private AssignmentState state;
        private Owner previousOwner;
        private Owner temporaryOwner;
        private Instant dueAt;
        private Lead lead;
        private RoutingExplanation explanation;
        private Owner finalOwner;
        private AssignmentMethod method;
        private Instant assignedAt;
        private Instant updatedAt;
        private boolean hopper;
        private boolean published;
        private Round round;
        private List<Offer> offers = List.of();
        private int attempt;
        private Acknowledgement acknowledgement;

        private Builder() {
        }

        public Builder assignmentId(String assignmentId) {
            this.assignmentId = assignmentId;
            return this;
        }

        public Builder responseId(String responseId) {
            this.responseId = responseId;
            return this;
        }

        public Builder leadId(String leadId) {
            this.leadId = leadId;
            return this;
        }

        public Builder campaignId(String campaignId) {
            this.campaignId = campaignId;
            return this;
        }

        public Builder correlationId(String correlationId) {
            this.correlationId = correlationId;
            return this;
        }

        public Builder activatedAt(Instant activatedAt) {
            this.activatedAt = activatedAt;
            return this;
        }

        public Builder state(AssignmentState state) {
            this.state = state;
            return this;
        }

        public Builder previousOwner(Owner previousOwner) {
            this.previousOwner = previousOwner;
            return this;
        }

        public Builder temporaryOwner(Owner temporaryOwner) {
            this.temporaryOwner = temporaryOwner;
            return this;
        }

        public Builder dueAt(Instant dueAt) {
            this.dueAt = dueAt;
            return this;
        }

        public Builder lead(Lead lead) {
            this.lead = lead;
            return this;
        }

        public Builder explanation(RoutingExplanation explanation) {
            this.explanation = explanation;
            return this;
        }

        /** The final owner, how it was decided and when (in business time). */
        public Builder owner(Owner finalOwner, AssignmentMethod method, Instant assignedAt) {
            this.finalOwner = finalOwner;
            this.method = method;
            this.assignedAt = assignedAt;
            return this;
        }

        public Builder updatedAt(Instant updatedAt) {
            this.updatedAt = updatedAt;
            return this;
        }

        public Builder hopper(boolean hopper) {
            this.hopper = hopper;
            return this;
        }

        public Builder published(boolean published) {
            this.published = published;
            return this;
        }

        public Builder round(Round round) {
            this.round = round;
            return this;
        }

        public Builder offers(List<Offer> offers) {
            this.offers = offers;
            return this;
        }

        public Builder attempt(int attempt) {
            this.attempt = attempt;
            return this;
        }

        public Builder acknowledgement(Acknowledgement acknowledgement) {
            this.acknowledgement = acknowledgement;
            return this;
        }

        public Assignment build() {
            return new Assignment(assignmentId, responseId, leadId, campaignId, correlationId, activatedAt, state,
                    previousOwner, temporaryOwner, dueAt, lead, explanation, finalOwner, method, assignedAt,
                    updatedAt, hopper, published, round, offers, attempt, acknowledgement);
        }
    }

    /** Why the assignment is in its state, in one sentence. */
    public String reason() {
        return explanation.summary();
    }

    /** Whether the owner may be told: false when the activation asked that nobody be (lead.assigned says so). */
    public boolean triggerNotification() {
        return round.triggerNotification();
    }

    public boolean isWaiting() {
        return state == AssignmentState.WAITING_FOR_ENGINE;
    }

    /**
     * The wait completed by an owner change, if the change completes it: the lead moved to someone other
     * than the temporary owner, no earlier than the activation. A change to the temporary owner (the CRM
     * applying our parking request, or a move back to it) does not; neither does one from before the
     * activation, which belongs to an earlier routing of the lead.
     */
    public Optional<Assignment> completedBy(OwnerChange change, Instant now) {
        if (!isWaiting()
                || change.newOwner().isSameOwnerAs(temporaryOwner)
                || change.occurredAt().isBefore(activatedAt)) {
            return Optional.empty();
        }
        String changedBy = change.changedBy() == null ? "an external engine" : change.changedBy();
        String from = change.previousOwner() == null ? "" : "from " + change.previousOwner().label() + " ";
        return Optional.of(assigned(change.newOwner(), AssignmentMethod.EXTERNAL_ENGINE,
                changedBy + " moved the lead " + from + "to " + change.newOwner().label(), change.occurredAt(), now));
    }

    /** The wait given up for the fallback owner, if it is due at {@code now}; a wait without timeout never is. */
    public Optional<Assignment> timedOut(Instant now, Owner fallbackOwner) {
        if (!isWaiting() || dueAt == null || dueAt.isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(assigned(fallbackOwner, AssignmentMethod.TIMEOUT_FALLBACK,
                "no owner change away from " + temporaryOwner.label() + " within "
                        + Duration.between(activatedAt, dueAt) + "; fallback owner " + fallbackOwner.label(),
                now, now));
    }

    private Assignment assigned(Owner owner, AssignmentMethod how, String why, Instant when, Instant now) {
        return toBuilder().state(AssignmentState.ASSIGNED).explanation(explanation.then(why)).owner(owner, how, when)
                .updatedAt(now).published(false).build();
    }

    /**
     * The lead claimed from the hopper by {@code user}, if it is in the hopper and nobody claimed it yet. Its
     * owner in the hopper (if any) is kept as the temporary owner: the owner the claim takes it from.
     */
    public Optional<Assignment> claimedBy(Owner user, Instant now) {
        if (!isClaimable()) {
            return Optional.empty();
        }
        String from = finalOwner == null ? "" : ", taking it from " + finalOwner.label();
        return Optional.of(toBuilder().state(AssignmentState.ASSIGNED).temporaryOwner(finalOwner)
                .explanation(explanation.then(user.label() + " claimed the lead from the hopper" + from))
                .owner(user, AssignmentMethod.HOPPER_CLAIM, now).updatedAt(now).hopper(true).published(false).build());
    }

    public boolean isOffered() {
        return state == AssignmentState.OFFERED;
    }

    /** The open offer with this id, if the lead is still offered under it. */
    public Optional<Offer> openOffer(String offerId) {
        return !isOffered() ? Optional.empty()
                : offers.stream().filter(offer -> offer.isOpen() && offer.offerId().equals(offerId)).findFirst();
    }

    /** The offer with this id, open or not. */
    public Optional<Offer> offer(String offerId) {
        return offers.stream().filter(offer -> offer.offerId().equals(offerId)).findFirst();
    }

    /** Every offer made to {@code user}'s id in this assignment, open or not. */
    public List<Offer> offersTo(String userId) {
        return offers.stream().filter(offer -> offer.candidate().id().equals(userId)).toList();
    }

    /**
     * The offer acknowledged at {@code at} (when the candidate acknowledged, as the event or the link says), if it
     * is still open: its candidate becomes the final owner, by the offer's method, and every other open offer is
     * taken by them. An acknowledgement stamped before the offer or after {@code now} counts at the nearer of the
     * two.
     */
    public Optional<Assignment> acknowledged(String offerId, Instant at, Instant now) {
        Optional<Offer> open = openOffer(offerId);
        if (open.isEmpty()) {
            return Optional.empty();
        }
        Offer winner = open.get();
        Instant when = at.isBefore(winner.offeredAt()) ? winner.offeredAt() : at.isAfter(now) ? now : at;
        Offer acknowledged = winner.acknowledged(when);
        List<Offer> next = new ArrayList<>();
        for (Offer offer : offers) {
            if (offer.offerId().equals(offerId)) {
                next.add(acknowledged);
            } else {
                next.add(offer.isOpen() ? offer.takenBy(winner.candidate(), now) : offer);
            }
        }
        return Optional.of(toBuilder().state(AssignmentState.ASSIGNED).offers(next).dueAt(null)
                .explanation(explanation.then(acknowledged.detail()))
                .owner(winner.candidate(), winner.method(), when).updatedAt(now).published(false).build());
    }

    /**
     * The open offers expired at {@code now}; the lead is offered to {@code candidates} instead (the next attempt),
     * who must acknowledge within {@code within}. {@code why} is the reassignment's explanation: its candidates
     * are the ones the query considered.
     */
    public Assignment reoffered(List<Owner> candidates, OfferKind kind, AssignmentMethod how, String candidateQuery,
            Duration within, RoutingExplanation why, Instant now) {
        int next = attempt + 1;
        Instant deadline = now.plus(within);
        List<Offer> all = new ArrayList<>(expiredOffers(now));
        candidates.forEach(candidate -> all.add(Offer.open(offerId(assignmentId, next, candidate), candidate, next,
                kind, how, candidateQuery, now, deadline)));
        return toBuilder().offers(all).attempt(next).dueAt(deadline).explanation(why).updatedAt(now)
                .published(false).build();
    }

    /**
     * The open offers expired at {@code now} and nobody else is offered the lead: the final target gets it, a user
     * or queue ({@code hopper} when it waits in the hopper with them), or, when {@code owner} is null, the
     * hopper unassigned. For a reassignment group's round the final target is the group's default assignee.
     */
    public Assignment toFinalTarget(Owner owner, boolean hopper, RoutingExplanation why, Instant now) {
        Builder next = toBuilder().offers(expiredOffers(now)).dueAt(null).explanation(why).updatedAt(now)
                .published(false);
        AssignmentMethod how = round.isGroupReassignment() ? AssignmentMethod.GROUP_DEFAULT_ASSIGNEE
                : AssignmentMethod.FINAL_TARGET;
        return owner == null
                ? next.state(AssignmentState.IN_HOPPER).hopper(true).build()
                : next.state(AssignmentState.ASSIGNED).hopper(hopper).owner(owner, how, now).build();
    }

    /**
     * A later reassignment of the lead replaced this assignment before it had an owner (offered, waiting for
     * the engine or in the hopper unclaimed): its open offers are withdrawn, and nothing more happens to it.
     */
    public Optional<Assignment> superseded(String why, Instant now) {
        boolean replaceable = isOffered() || isWaiting() || state == AssignmentState.IN_HOPPER;
        if (!replaceable) {
            return Optional.empty();
        }
        List<Offer> next = offers.stream().map(offer -> offer.isOpen() ? offer.withdrawn(now, why) : offer).toList();
        return Optional.of(toBuilder().state(AssignmentState.SUPERSEDED).offers(next).dueAt(null)
                .explanation(explanation.then(why)).updatedAt(now).published(false).build());
    }

    private List<Offer> expiredOffers(Instant now) {
        return offers.stream().map(offer -> offer.isOpen() ? offer.expired(now) : offer).toList();
    }

    /**
     * Offers the latest transition made (the open offers of the current attempt): what its publication announces
     * as offered. Worked out from the state alone, so a repeated publication announces the same ones.
     */
    public List<Offer> offersMadeLast() {
        return isOffered() ? offers.stream().filter(offer -> offer.attempt() == attempt && offer.isOpen()).toList()
                : List.of();
    }

    /**
     * Offers the latest transition ended unacknowledged: what its publication announces as ended. While offered,
     * those of the attempt before (the expiry that made the current offers); otherwise those of the current
     * attempt (taken by the winner, expired to the final target, or withdrawn).
     */
    public List<Offer> offersEndedLast() {
        if (method == AssignmentMethod.HOPPER_CLAIM) {
            // A claim from the final target's hopper ends no offer: the expiry that put the lead there did.
            return List.of();
        }
        int closed = isOffered() ? attempt - 1 : attempt;
        return offers.stream().filter(offer -> offer.attempt() == closed && offer.state().endedUnacknowledged())
                .toList();
    }

    /** The open offers' candidates and those of earlier offers: who may not be offered the lead again. */
    public List<String> offeredUserIds() {
        return offers.stream().map(offer -> offer.candidate().id()).distinct().toList();
    }

    /**
     * Whether a user may claim the lead from the hopper now: once, and only after the events of its routing
     * are out, so a claim's {@code lead.assigned} can never precede the one it supersedes.
     */
    public boolean isClaimable() {
        return hopper && published && method != AssignmentMethod.HOPPER_CLAIM
                && (state == AssignmentState.IN_HOPPER || state == AssignmentState.ASSIGNED);
    }

    /** assignedAt - activatedAt; null until assigned. */
    public Long timeToAssignMillis() {
        return assignedAt == null ? null : Duration.between(activatedAt, assignedAt).toMillis();
    }

    /**
     * The owner the final owner took the lead from, as {@code lead.assigned} reports it: the temporary owner
     * when the lead was parked for the engine, or held in the hopper by the owner a claim took it from; the
     * lead's owner at activation otherwise (the owner itself when it kept the lead).
     */
    public Owner ownerBeforeAssignment() {
        return temporaryOwner != null ? temporaryOwner : previousOwner;
    }

    /** The lead as it stands once assigned: the activation's snapshot with the final owner. */
    public Lead assignedLead() {
        return lead.withOwner(finalOwner);
    }
}
