package io.leadflow.response.domain;

import static io.leadflow.response.domain.Decisions.DECIDED_AT;
import static io.leadflow.response.domain.Decisions.LEAD_NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadflow.platform.events.EventIds;
import io.leadflow.platform.events.InvalidEventException;
import org.junit.jupiter.api.Test;

class ReactivationDecisionTest {

    @Test
    void shouldNameEveryBlankIdentifier() {
        assertThatThrownBy(() -> new ReactivationDecision(" ", "", "corr-1", DECIDED_AT, " ",
                ReactivationAction.REACTIVATE_RESPONSE, null, null, null, true, true, LEAD_NOW, null))
                .isInstanceOf(InvalidEventException.class)
                .hasMessage("invalid response.reactivation.decided: eventId must not be blank; leadId must not be "
                        + "blank; scenario must not be blank; responseId must not be blank for REACTIVATE_RESPONSE");
    }

    @Test
    void shouldRejectAnActionThisServiceDoesNotKnow() {
        assertThatThrownBy(() -> decision(ReactivationAction.UNKNOWN, "00v-1", null))
                .isInstanceOf(InvalidEventException.class)
                .hasMessage("invalid response.reactivation.decided: action UNKNOWN is not one this service applies");
    }

    @Test
    void shouldRequireTheMemberItActivates() {
        assertThatThrownBy(() -> decision(ReactivationAction.ACTIVATE_NON_RESPONSE, " ", null))
                .hasMessage("invalid response.reactivation.decided: responseId must not be blank for "
                        + "ACTIVATE_NON_RESPONSE");
        assertThatThrownBy(() -> decision(ReactivationAction.INSERT_DEFAULT_MEMBER, null, null))
                .hasMessage("invalid response.reactivation.decided: defaultCampaignId must not be blank for "
                        + "INSERT_DEFAULT_MEMBER");
    }

    @Test
    void shouldRejectANegativeScore() {
        LeadSnapshot negative = new LeadSnapshot(null, -1, "Open", LEAD_NOW.attributes());

        assertThatThrownBy(() -> new ReactivationDecision("evt-1", "00Q-1", "corr-1", DECIDED_AT, "Score",
                ReactivationAction.REACTIVATE_RESPONSE, "00v-1", null, null, true, true, negative, null))
                .hasMessage("invalid response.reactivation.decided: lead.score must not be negative, was -1");
    }

    @Test
    void shouldActivateTheMemberItNamesOrTheDefaultMemberDerivedFromItsId() {
        assertThat(decision(ReactivationAction.REACTIVATE_RESPONSE, "00v-1", null).memberId())
                .isEqualTo("00v-1");
        assertThat(decision(ReactivationAction.INSERT_DEFAULT_MEMBER, null, "701-default")
                .memberId()).isEqualTo(EventIds.derived("default-member", "evt-1"));
    }

    private static ReactivationDecision decision(ReactivationAction action, String responseId,
            String defaultCampaignId) {
        return new ReactivationDecision("evt-1", "00Q-1", "corr-1", DECIDED_AT, "Score", action, responseId,
                defaultCampaignId, null, true, true, LEAD_NOW, null);
    }
}
