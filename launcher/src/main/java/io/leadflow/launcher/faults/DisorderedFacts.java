package io.leadflow.launcher.faults;

import io.leadflow.events.Owner;
import io.leadflow.events.OwnerKind;
import io.leadflow.events.ResponseCreated;
import io.leadflow.schemas.Topics;
import java.time.Duration;
import java.time.Instant;

/**
 * Scenario 9: upstream facts out of order and repeated. Of every ten leads: one's response is delivered three times
 * (the same record); one gets an owner change dated an hour before its activation, sent after it; one gets its owner,
 * status and score changes each delivered twice. Every lead must still be assigned once and its owner told once.
 */
record DisorderedFacts(int number) implements Scenario {

    private static final Owner CRM_USER = Owner.newBuilder().setId("005-crm-someone").setKind(OwnerKind.USER)
            .setName("Someone In The CRM").build();

    @Override
    public String title() {
        return "out-of-order and duplicate upstream facts (responses x3, stale owner changes, repeated owner/status/score)";
    }

    @Override
    public void play(FaultRun run, int leads) {
        Upstream upstream = run.upstream();
        int tripled = 0;
        int stale = 0;
        int repeated = 0;
        for (int i = 0; i < leads; i++) {
            LeadKind kind = LeadKind.ofBurst(i);
            if (i % 10 == 1) {
                int number = run.send(kind);
                upstream.send(Topics.LEAD_OWNER_CHANGED.name(), FaultLeads.leadId(number), Upstream.ownerChange(
                        number, Upstream.INBOUND_QUEUE, CRM_USER, Instant.now().minus(Duration.ofHours(1))));
                stale++;
            } else if (i % 10 == 2) {
                int number = run.send(kind);
                String lead = FaultLeads.leadId(number);
                var owner = Upstream.ownerChange(number, Upstream.INBOUND_QUEUE, Upstream.INBOUND_QUEUE,
                        Instant.now().minus(Duration.ofMinutes(30)));
                var status = Upstream.statusChange(number, "Open", "Working");
                var score = Upstream.scoreChange(number, 85, 90);
                for (int copy = 0; copy < 2; copy++) {
                    upstream.send(Topics.LEAD_OWNER_CHANGED.name(), lead, owner);
                    upstream.send(Topics.LEAD_STATUS_CHANGED.name(), lead, status);
                    upstream.send(Topics.LEAD_SCORE_CHANGED.name(), lead, score);
                }
                repeated++;
            } else if (i % 10 == 3) {
                int number = run.send(kind);
                ResponseCreated again = Upstream.response(number, kind);
                upstream.send(Topics.RESPONSE_CREATED.name(), again.getLeadId(), again);
                upstream.send(Topics.RESPONSE_CREATED.name(), again.getLeadId(), again);
                tripled++;
            } else {
                run.send(kind);
            }
        }
        upstream.flush();
        run.describe(tripled + " responses delivered 3 times (a second record twice), " + stale
                + " owner changes an hour older than the activation, " + repeated
                + " leads with owner, status and score changes each twice");
    }
}
