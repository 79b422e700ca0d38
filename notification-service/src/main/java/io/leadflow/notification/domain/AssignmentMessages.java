package io.leadflow.notification.domain;

/** Writes what an owner is told about a lead assigned to them. */
public final class AssignmentMessages {

    private AssignmentMessages() {
    }

    public static Message compose(LeadAssignment assignment) {
        boolean retained = assignment.method() == AssignmentMethod.OWNER_RETAINED;
        String subject = (retained ? "Your lead responded again: " : "New lead assigned to you: ")
                + Facts.leadHeadline(assignment.lead(), assignment.leadId());
        return new Message(subject, text(assignment, retained));
    }

    private static String text(LeadAssignment assignment, boolean retained) {
        LeadFacts lead = assignment.lead();
        StringBuilder text = new StringBuilder(Facts.leadWithDetails(lead, assignment.leadId()));
        text.append(retained ? " responded again to campaign " : " responded to campaign ")
                .append(assignment.campaignId())
                .append(retained ? " and stays with you." : " and is now yours.");
        if (lead.score() != null) {
            text.append(" Score: ").append(lead.score()).append('.');
        }
        if (Facts.present(assignment.reason())) {
            text.append(" Why: ").append(Facts.sentence(assignment.reason()));
        }
        return text.toString();
    }
}
