package io.leadflow.reactivation.domain.lead;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * This service's projection of one lead, built from events: the lead as it is now, its campaign history and
 * whether its funnel is open. Immutable: applying an event returns the next history.
 *
 * <p>Its size is bounded whatever the lead's age: the newest {@link #MAX_ENTRIES} campaign members and the ids
 * of the newest {@link #MAX_SEEN_EVENTS} events (a redelivery is recognised among those; an older one finds its
 * effect already there, and score and status changes older than the ones applied are ignored by time).
 *
 * @param scoreAt when the score was set (null: never by a score event)
 * @param statusAt when the status was set (null: never by a status event)
 * @param openResponseId the lead's open active response (null: none)
 * @param entries campaign members, oldest first
 * @param seenEventIds ids of the events applied, oldest first
 */
public record LeadHistory(String leadId, LeadSnapshot snapshot, Instant scoreAt, Instant statusAt,
        String openResponseId, List<CampaignHistoryEntry> entries, List<String> seenEventIds) {

    public static final int MAX_ENTRIES = 100;
    public static final int MAX_SEEN_EVENTS = 64;

    public LeadHistory {
        entries = List.copyOf(entries);
        seenEventIds = List.copyOf(seenEventIds);
    }

    public static LeadHistory empty(String leadId) {
        return new LeadHistory(leadId, LeadSnapshot.UNKNOWN, null, null, null, List.of(), List.of());
    }

    public boolean hasSeen(String eventId) {
        return seenEventIds.contains(eventId);
    }

    public boolean hasOpenActiveResponse() {
        return openResponseId != null;
    }

    public Optional<CampaignHistoryEntry> entry(String responseId) {
        return entries.stream().filter(entry -> entry.responseId().equals(responseId)).findFirst();
    }

    /** Whether a score set at {@code at} is newer than the one known (older ones arrive late or twice). */
    public boolean isNewScore(Instant at) {
        return scoreAt == null || at.isAfter(scoreAt);
    }

    public boolean isNewStatus(Instant at) {
        return statusAt == null || at.isAfter(statusAt);
    }

    public LeadHistory seen(String eventId) {
        List<String> ids = new ArrayList<>(seenEventIds);
        ids.add(eventId);
        return new LeadHistory(leadId, snapshot, scoreAt, statusAt, openResponseId, entries, last(ids, MAX_SEEN_EVENTS));
    }

    public LeadHistory withScore(int score, Instant at) {
        return new LeadHistory(leadId, snapshot.withScore(score), at, statusAt, openResponseId, entries, seenEventIds);
    }

    public LeadHistory withStatus(String status, Instant at) {
        return new LeadHistory(leadId, snapshot.withStatus(status), scoreAt, at, openResponseId, entries, seenEventIds);
    }

    public LeadHistory withOwner(Owner owner) {
        return new LeadHistory(leadId, snapshot.withOwner(owner), scoreAt, statusAt, openResponseId, entries,
                seenEventIds);
    }

    /**
     * A campaign member was inserted ({@code entry.heldBy()} naming the open active response then): it joins the history, and the lead's snapshot takes the member's owner and
     * attributes, and its score and status unless score or status events set newer ones.
     */
    public LeadHistory inserted(CampaignHistoryEntry entry, LeadSnapshot lead) {
        if (entry(entry.responseId()).isPresent()) {
            return this;
        }
        List<CampaignHistoryEntry> more = new ArrayList<>(entries);
        // Topics are consumed independently: its activation may have arrived first.
        more.add(entry.responseId().equals(openResponseId) ? entry.activated(entry.respondedAt(), false) : entry);
        more.sort((a, b) -> a.respondedAt().compareTo(b.respondedAt()));
        Instant at = entry.respondedAt();
        boolean newerScore = isNewScore(at) && lead.score() != null;
        boolean newerStatus = isNewStatus(at) && lead.status() != null;
        LeadSnapshot now = new LeadSnapshot(lead.owner() != null ? lead.owner() : snapshot.owner(),
                newerScore ? lead.score() : snapshot.score(), newerStatus ? lead.status() : snapshot.status(),
                lead.attributes());
        return new LeadHistory(leadId, now, newerScore ? at : scoreAt, newerStatus ? at : statusAt, openResponseId,
                last(more, MAX_ENTRIES), seenEventIds);
    }

    /** A response became the active response: the funnel is open through it. */
    public LeadHistory activated(String responseId, Instant at, boolean reactivation) {
        return new LeadHistory(leadId, snapshot, scoreAt, statusAt, responseId,
                replaced(responseId, entry -> entry.activated(at, reactivation)), seenEventIds);
    }

    /** A response's funnel closed: the lead has no open active response through it any more. */
    public LeadHistory closed(String responseId, Instant at) {
        String open = responseId.equals(openResponseId) ? null : openResponseId;
        return new LeadHistory(leadId, snapshot, scoreAt, statusAt, open,
                replaced(responseId, entry -> entry.closed(at)), seenEventIds);
    }

    private List<CampaignHistoryEntry> replaced(String responseId,
            java.util.function.UnaryOperator<CampaignHistoryEntry> change) {
        return entries.stream()
                .map(entry -> entry.responseId().equals(responseId) ? change.apply(entry) : entry)
                .toList();
    }

    private static <T> List<T> last(List<T> list, int max) {
        return list.size() <= max ? list : List.copyOf(list.subList(list.size() - max, list.size()));
    }
}
