package io.leadflow.response.domain;

import static io.leadflow.response.domain.Responses.response;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadflow.platform.events.InvalidEventException;
import org.junit.jupiter.api.Test;

class CampaignResponseTest {

    @Test
    void shouldAcceptAResponseWithoutScoreOrCampaignName() {
        assertThatNoException().isThrownBy(() -> response(true, null, "Open"));
    }

    @Test
    void shouldRejectABlankCampaignId() {
        assertThatThrownBy(() -> response(" ", "Responded", true, 85, "Open"))
                .isInstanceOf(InvalidEventException.class)
                .hasMessage("invalid response.created: campaignId must not be blank");
    }

    @Test
    void shouldRejectANegativeScore() {
        assertThatThrownBy(() -> response(true, -5, "Open"))
                .isInstanceOf(InvalidEventException.class)
                .hasMessage("invalid response.created: lead.score must not be negative, was -5");
    }

    @Test
    void shouldNameEveryProblem() {
        assertThatThrownBy(() -> response("", "", true, -1, "Open"))
                .isInstanceOf(InvalidEventException.class)
                .hasMessage("invalid response.created: campaignId must not be blank; memberStatus must not be blank; "
                        + "lead.score must not be negative, was -1");
    }
}
