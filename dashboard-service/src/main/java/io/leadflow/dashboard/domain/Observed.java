package io.leadflow.dashboard.domain;

import java.util.Optional;

/**
 * One event of a public topic as the dashboard reads it: a line of the lead's journey, and what it adds to the
 * day's counts when it is an assignment, an offer or the end of one.
 */
public final class Observed {

    private final LeadEvent line;
    private final Assignment assignment;
    private final Offer offer;
    private final OfferEnded offerEnded;

    private Observed(LeadEvent line, Assignment assignment, Offer offer, OfferEnded offerEnded) {
        this.line = line;
        this.assignment = assignment;
        this.offer = offer;
        this.offerEnded = offerEnded;
    }

    public static Observed assignment(LeadEvent line, Assignment assignment) {
        return new Observed(line, assignment, null, null);
    }

    public static Observed offer(LeadEvent line, Offer offer) {
        return new Observed(line, null, offer, null);
    }

    public static Observed offerEnded(LeadEvent line, OfferEnded offerEnded) {
        return new Observed(line, null, null, offerEnded);
    }

    /** An event that only belongs to the lead's journey. */
    public static Observed journeyOnly(LeadEvent line) {
        return new Observed(line, null, null, null);
    }

    public LeadEvent line() {
        return line;
    }

    public Optional<Assignment> assignment() {
        return Optional.ofNullable(assignment);
    }

    public Optional<Offer> offer() {
        return Optional.ofNullable(offer);
    }

    public Optional<OfferEnded> offerEnded() {
        return Optional.ofNullable(offerEnded);
    }
}
