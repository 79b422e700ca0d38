package io.leadflow.notification.domain;

import io.leadflow.schemas.Topics;
import java.time.Instant;

/** Object mother for the domain view of a lead assignment: Dana Reyes of Acme Corp, assigned to Alice. */
public final class Assignments {

    public static final Recipient ALICE = new Recipient("005-alice", RecipientKind.USER, "Alice Archer");
    public static final Instant ASSIGNED_AT = Instant.parse("2026-11-03T09:15:30.123Z");
    public static final LeadFacts DANA = new LeadFacts("Dana", "Reyes", "dana.reyes@acme.example", "VP Operations",
            "Acme Corp", "US", "CA", 85, "Open");

    private Assignments() {
    }

    public static LeadAssignment assignment(AssignmentMethod method, LeadFacts lead) {
        return new LeadAssignment(Topics.Names.LEAD_ASSIGNED, "evt-1", "corr-1", "00Q-1", "00v-1", "701-spring-webinar", ALICE,
                method, "Matchmaker moved the lead off Lead Routing Queue", ASSIGNED_AT, 4000, lead, true);
    }

    public static LeadAssignment assignment() {
        return assignment(AssignmentMethod.EXTERNAL_ENGINE, DANA);
    }
}
