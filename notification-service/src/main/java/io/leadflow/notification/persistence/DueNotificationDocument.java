package io.leadflow.notification.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Work still due on one notification: its next attempt, or the report of an outcome not yet confirmed
 * published. It exists only while there is such work, so the collection holds what is pending, however long
 * the delivery log grows; pollers read only this collection.
 *
 * <h2>Claims without conditional updates</h2>
 * mongo-java-server serves only {@code {_id: X}} (and {@code _id $in}) from an index: a filter such as
 * {@code {_id: X, dueAt: {$lte: now}}} reads the whole collection, one operation at a time. So an instance
 * does not claim with a conditional update; it appends its claim to {@code claims} with an update filtered
 * by {@code _id} alone ({@code $push}, applied atomically and in order by the store), reads the document
 * back, and {@link #holder() evaluates} who holds it. Every reader evaluates the same list the same way, so
 * of two instances claiming at once exactly one sees itself as the holder. A holder whose lease ran out
 * loses to the next claim made after that; renewing (another claim of the same instance) extends the
 * lease.
 *
 * @param id the notification id
 * @param leadId for operators reading the collection
 * @param scheduledAt when the work became or becomes due; set when the entry is registered or rescheduled,
 *     which also clears {@code claims}. A claim made before it (by an instance that read the entry before
 *     it was rescheduled) counts for nothing.
 * @param dueAt when a poller should look at the entry: {@code scheduledAt}, or later while a claim holds it
 *     (each claim raises it to the claim's end with {@code $max})
 * @param publishedAttempts attempts whose outcome event is confirmed published; when the notification
 *     records more attempts, the outcome of the last one is still to be reported
 * @param claims every claim since {@code scheduledAt}, in the order the store applied them
 */
@Document("notification_due")
public record DueNotificationDocument(
        @Id String id,
        String leadId,
        Instant scheduledAt,
        @Indexed Instant dueAt,
        int publishedAttempts,
        List<Claim> claims) {

    static final String ID = "_id";
    static final String SCHEDULED_AT = "scheduledAt";
    static final String DUE_AT = "dueAt";
    static final String PUBLISHED_ATTEMPTS = "publishedAttempts";
    static final String CLAIMS = "claims";

    /**
     * One instance's claim, valid until {@code until}.
     *
     * @param instance names the claiming instance (a random id per running service)
     * @param at when the claim was made, by the claimer's clock
     */
    public record Claim(String instance, Instant at, Instant until) {
    }

    public DueNotificationDocument {
        claims = claims == null ? List.of() : List.copyOf(claims);
    }

    /** A new entry, due at once; held by {@code claim} when there is one. */
    static DueNotificationDocument registered(String notificationId, String leadId, Instant now,
            Optional<Claim> claim) {
        return new DueNotificationDocument(notificationId, leadId, now, claim.map(Claim::until).orElse(now), 0,
                claim.stream().toList());
    }

    /**
     * The claim that holds the entry, if any: the first claim made since {@code scheduledAt}, then each
     * claim made once the holder's lease had run out, and each renewal by the holding instance.
     */
    public Optional<Claim> holder() {
        Claim holder = null;
        for (Claim claim : claims) {
            if (claim.at().isBefore(scheduledAt)) {
                continue;
            }
            if (holder == null || claim.instance().equals(holder.instance()) || !claim.at().isBefore(holder.until())) {
                holder = claim;
            }
        }
        return Optional.ofNullable(holder);
    }

    boolean isHeldBy(String instance) {
        return holder().map(claim -> claim.instance().equals(instance)).orElse(false);
    }

    boolean isHeldAt(Instant now) {
        return holder().map(claim -> claim.until().isAfter(now)).orElse(false);
    }
}
