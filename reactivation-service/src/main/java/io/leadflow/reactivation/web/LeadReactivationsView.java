package io.leadflow.reactivation.web;

import io.leadflow.reactivation.domain.Reactivations.LeadReactivations;
import io.leadflow.reactivation.domain.lead.CampaignHistoryEntry;
import io.leadflow.reactivation.domain.lead.LeadHistory;
import io.leadflow.reactivation.domain.run.PendingWait;
import java.time.Instant;
import java.util.List;

/** A lead as reactivation-service knows it, and every scenario run for it. */
record LeadReactivationsView(String leadId, Integer score, String status, String ownerId,
        String openActiveResponseId, List<MemberView> campaignHistory, List<WaitView> waiting,
        List<RunStepView> runs) {

    /** A campaign member of the lead, with the response status this service infers for it. */
    record MemberView(String responseId, String campaignId, String campaignName, String memberStatus,
            boolean responded, Instant respondedAt, String responseStatus, int reactivations) {

        static MemberView of(CampaignHistoryEntry entry) {
            return new MemberView(entry.responseId(), entry.campaignId(), entry.campaignName(), entry.memberStatus(),
                    entry.responded(), entry.respondedAt(), entry.status().label(), entry.reactivations());
        }
    }

    /** A scenario waiting to fire for the lead. */
    record WaitView(String runId, String scenario, String trigger, Instant scheduledAt, Instant dueAt, String cause) {

        static WaitView of(PendingWait wait) {
            return new WaitView(wait.runId(), wait.scenario(), wait.trigger().name(), wait.scheduledAt(),
                    wait.dueAt(), wait.cause());
        }
    }

    static LeadReactivationsView of(LeadReactivations lead) {
        LeadHistory history = lead.history();
        return new LeadReactivationsView(history.leadId(), history.snapshot().score(), history.snapshot().status(),
                history.snapshot().owner() == null ? null : history.snapshot().owner().id(),
                history.openResponseId(), history.entries().stream().map(MemberView::of).toList(),
                lead.waiting().stream().map(WaitView::of).toList(),
                lead.steps().stream().map(RunStepView::of).toList());
    }
}
