package io.leadflow.notification.domain;

import static io.leadflow.notification.domain.Assignments.DANA;
import static io.leadflow.notification.domain.Assignments.assignment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadflow.platform.events.InvalidEventException;
import io.leadflow.schemas.Topics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AssignmentMessagesTest {

    @ParameterizedTest
    @EnumSource(value = AssignmentMethod.class, mode = EnumSource.Mode.EXCLUDE, names = "OWNER_RETAINED")
    void shouldTellTheOwnerANewLeadIsTheirs(AssignmentMethod method) {
        Message message = AssignmentMessages.compose(assignment(method, DANA));

        assertThat(message.subject()).isEqualTo("New lead assigned to you: Dana Reyes (Acme Corp)");
        assertThat(message.text()).isEqualTo("Dana Reyes (VP Operations, Acme Corp, US) responded to campaign "
                + "701-spring-webinar and is now yours. Score: 85. "
                + "Why: Matchmaker moved the lead off Lead Routing Queue.");
    }

    @Test
    void shouldTellTheOwnerTheirLeadRespondedAgainWhenTheyKeepIt() {
        Message message = AssignmentMessages.compose(assignment(AssignmentMethod.OWNER_RETAINED, DANA));

        assertThat(message.subject()).isEqualTo("Your lead responded again: Dana Reyes (Acme Corp)");
        assertThat(message.text()).isEqualTo("Dana Reyes (VP Operations, Acme Corp, US) responded again to campaign "
                + "701-spring-webinar and stays with you. Score: 85. "
                + "Why: Matchmaker moved the lead off Lead Routing Queue.");
    }

    @Test
    void shouldNameTheLeadByEmailWhenItHasNoNameAndLeaveOutWhatIsUnknown() {
        LeadFacts anonymous = new LeadFacts(null, " ", "dana.reyes@acme.example", null, null, null, null, null, null);

        Message message = AssignmentMessages.compose(assignment(AssignmentMethod.EXTERNAL_ENGINE, anonymous));

        assertThat(message.subject()).isEqualTo("New lead assigned to you: dana.reyes@acme.example");
        assertThat(message.text()).isEqualTo("dana.reyes@acme.example responded to campaign 701-spring-webinar "
                + "and is now yours. Why: Matchmaker moved the lead off Lead Routing Queue.");
    }

    @Test
    void shouldNameTheLeadByItsIdWhenNothingElseIsKnown() {
        LeadFacts unknown = new LeadFacts(null, null, null, null, "Acme Corp", null, null, 40, null);

        Message message = AssignmentMessages.compose(assignment(AssignmentMethod.TIMEOUT_FALLBACK, unknown));

        assertThat(message.subject()).isEqualTo("New lead assigned to you: Lead 00Q-1 (Acme Corp)");
        assertThat(message.text()).startsWith("Lead 00Q-1 (Acme Corp) responded to campaign 701-spring-webinar");
    }

    @Test
    void shouldUseAFirstNameAloneAndKeepAReasonThatEndsInPunctuation() {
        LeadFacts firstNameOnly = new LeadFacts("Dana", null, null, "CTO", null, "DE", null, null, null);
        LeadAssignment assignment = new LeadAssignment(Topics.Names.LEAD_ASSIGNED, "evt-1", "corr-1", "00Q-1", "00v-1",
                "701-spring-webinar", Assignments.ALICE, AssignmentMethod.TIMEOUT_FALLBACK,
                "Nobody claimed it within 10 minutes!", Assignments.ASSIGNED_AT, 600_000, firstNameOnly, true);

        Message message = AssignmentMessages.compose(assignment);

        assertThat(message.subject()).isEqualTo("New lead assigned to you: Dana");
        assertThat(message.text()).isEqualTo("Dana (CTO, DE) responded to campaign 701-spring-webinar and is now "
                + "yours. Why: Nobody claimed it within 10 minutes!");
    }

    @Test
    void shouldRejectAnAssignmentWithoutAnOwnerIdAsAnInvalidEvent() {
        Recipient nobody = new Recipient(" ", RecipientKind.USER, "Nobody");

        assertThatThrownBy(() -> new LeadAssignment(Topics.Names.LEAD_ASSIGNED, "evt-1", "corr-1", "00Q-1", "00v-1", "701-x",
                nobody, AssignmentMethod.EXTERNAL_ENGINE, "why", Assignments.ASSIGNED_AT, 1, DANA, true))
                .isInstanceOf(InvalidEventException.class)
                .hasMessage("lead.assigned event evt-1 for lead 00Q-1 has no owner id: nobody to notify");
    }
}
