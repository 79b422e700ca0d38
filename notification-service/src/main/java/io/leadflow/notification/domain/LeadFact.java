package io.leadflow.notification.domain;

/**
 * A fact about a lead that someone is told about: each kind says who is told and what they read, and a channel
 * renders each kind into its own payload.
 */
public sealed interface LeadFact permits LeadAssignment, LeadOffer, OfferExpiry {

    /** Name of the event that carried the fact, e.g. {@code lead.offered}; told to receivers so they can route it. */
    String triggerEvent();

    String eventId();

    String correlationId();

    String leadId();

    /** Who is told: the new owner, the candidate offered the lead, or the owner whose offer ended. */
    Recipient recipient();

    /** False when the activation behind the fact asked that nobody be told: its notifications are suppressed. */
    boolean triggerNotification();

    /** What the recipient reads, on every channel. */
    Message message();

    /** Hands the fact to the case for its kind; Java 17 has no exhaustive switch over a sealed type. */
    <R> R accept(Cases<R> cases);

    /** One case per kind of fact, so a renderer cannot forget one. */
    interface Cases<R> {

        R assigned(LeadAssignment assignment);

        R offered(LeadOffer offer);

        R expired(OfferExpiry expiry);
    }
}
