package io.leadflow.notification.domain;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Writes what an owner is told about a lead assigned to them. */
public final class AssignmentMessages {

    private AssignmentMessages() {
    }

    public static Message compose(LeadAssignment assignment) {
        LeadFacts lead = assignment.lead();
        boolean retained = assignment.method() == AssignmentMethod.OWNER_RETAINED;
        String company = present(lead.company()) ? " (" + lead.company() + ")" : "";
        String subject = (retained ? "Your lead responded again: " : "New lead assigned to you: ")
                + name(assignment) + company;
        return new Message(subject, text(assignment, retained));
    }

    private static String text(LeadAssignment assignment, boolean retained) {
        LeadFacts lead = assignment.lead();
        String details = Stream.of(lead.title(), lead.company(), lead.country())
                .filter(AssignmentMessages::present)
                .collect(Collectors.joining(", "));
        StringBuilder text = new StringBuilder(name(assignment));
        if (!details.isEmpty()) {
            text.append(" (").append(details).append(')');
        }
        text.append(retained ? " responded again to campaign " : " responded to campaign ")
                .append(assignment.campaignId())
                .append(retained ? " and stays with you." : " and is now yours.");
        if (lead.score() != null) {
            text.append(" Score: ").append(lead.score()).append('.');
        }
        if (present(assignment.reason())) {
            text.append(" Why: ").append(sentence(assignment.reason()));
        }
        return text.toString();
    }

    /** The person's name, else their email, else the lead id: always something the owner can look up. */
    private static String name(LeadAssignment assignment) {
        LeadFacts lead = assignment.lead();
        String fullName = Stream.of(lead.firstName(), lead.lastName())
                .filter(AssignmentMessages::present)
                .map(String::strip)
                .collect(Collectors.joining(" "));
        if (!fullName.isEmpty()) {
            return fullName;
        }
        return present(lead.email()) ? lead.email() : "Lead " + assignment.leadId();
    }

    private static String sentence(String reason) {
        String stripped = reason.strip();
        return stripped.endsWith(".") || stripped.endsWith("!") || stripped.endsWith("?") ? stripped : stripped + ".";
    }

    private static boolean present(String value) {
        return Objects.nonNull(value) && !value.isBlank();
    }
}
