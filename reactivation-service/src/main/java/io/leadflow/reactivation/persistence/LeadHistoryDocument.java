package io.leadflow.reactivation.persistence;

import io.leadflow.reactivation.domain.lead.CampaignHistoryEntry;
import io.leadflow.reactivation.domain.lead.LeadAttributes;
import io.leadflow.reactivation.domain.lead.LeadHistory;
import io.leadflow.reactivation.domain.lead.LeadSnapshot;
import io.leadflow.reactivation.domain.lead.Owner;
import io.leadflow.reactivation.domain.lead.OwnerKind;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A lead's projection in collection {@code leads}, read and written whole by {@code _id}. */
@Document(LeadHistoryDocument.COLLECTION)
record LeadHistoryDocument(@Id String leadId, SnapshotDocument lead, Instant scoreAt, Instant statusAt,
        String openResponseId, List<EntryDocument> campaignHistory, List<String> seenEventIds) {

    static final String COLLECTION = "leads";

    record OwnerDocument(String id, String kind, String name) {
    }

    record SnapshotDocument(OwnerDocument owner, Integer score, String status, String firstName, String lastName,
            String email, String title, String company, Integer companySize, String country, String state,
            String industry, List<String> tags, Map<String, String> custom) {
    }

    record EntryDocument(String responseId, String campaignId, String campaignName, String memberStatus,
            boolean responded, Instant respondedAt, String heldBy, Instant activatedAt, Instant closedAt,
            int reactivations) {
    }

    static LeadHistoryDocument of(LeadHistory history) {
        LeadSnapshot lead = history.snapshot();
        LeadAttributes a = lead.attributes();
        Owner owner = lead.owner();
        return new LeadHistoryDocument(history.leadId(), new SnapshotDocument(
                owner == null ? null : new OwnerDocument(owner.id(), owner.kind().name(), owner.name()),
                lead.score(), lead.status(), a.firstName(), a.lastName(), a.email(), a.title(), a.company(),
                a.companySize(), a.country(), a.state(), a.industry(), a.tags(), a.custom()),
                history.scoreAt(), history.statusAt(), history.openResponseId(),
                history.entries().stream().map(e -> new EntryDocument(e.responseId(), e.campaignId(),
                        e.campaignName(), e.memberStatus(), e.responded(), e.respondedAt(), e.heldBy(),
                        e.activatedAt(), e.closedAt(), e.reactivations())).toList(),
                history.seenEventIds());
    }

    LeadHistory toHistory() {
        SnapshotDocument s = lead;
        LeadSnapshot snapshot = new LeadSnapshot(
                s.owner() == null ? null : new Owner(s.owner().id(), OwnerKind.valueOf(s.owner().kind()),
                        s.owner().name()),
                s.score(), s.status(), new LeadAttributes(s.firstName(), s.lastName(), s.email(), s.title(),
                        s.company(), s.companySize(), s.country(), s.state(), s.industry(), s.tags(), s.custom()));
        return new LeadHistory(leadId, snapshot, scoreAt, statusAt, openResponseId,
                campaignHistory == null ? List.of() : campaignHistory.stream().map(e -> new CampaignHistoryEntry(
                        e.responseId(), e.campaignId(), e.campaignName(), e.memberStatus(), e.responded(),
                        e.respondedAt(), e.heldBy(), e.activatedAt(), e.closedAt(), e.reactivations())).toList(),
                seenEventIds == null ? List.of() : seenEventIds);
    }
}
