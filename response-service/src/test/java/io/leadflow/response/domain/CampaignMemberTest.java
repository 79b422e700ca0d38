package io.leadflow.response.domain;

import static io.leadflow.response.domain.Responses.response;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CampaignMemberTest {

    static final Instant NOW = Instant.parse("2026-11-23T19:05:00Z");

    @Test
    void shouldAwaitPublicationOfANewActivationOnly() {
        CampaignMember activated = CampaignMember.activated(response(true, 85, "Open"), NOW);
        CampaignMember published = new CampaignMember(activated.response(), ResponseStatus.ACTIVE,
                activated.resolution(), NOW, true, null, null, null);

        assertThat(activated.responseStatus()).isEqualTo(ResponseStatus.ACTIVE);
        assertThat(activated.activatedAt()).isEqualTo(NOW);
        assertThat(activated.awaitsActivationPublication()).isTrue();
        assertThat(published.awaitsActivationPublication()).isFalse();
    }

    @Test
    void shouldExplainANonQualifyingResponseWithEveryUnmetCriterion() {
        FunnelVerdict verdict = new FunnelVerdict(List.of("score 30 is below the threshold 50", "lead status X is bad"));

        CampaignMember member = CampaignMember.resolvedNoAction(response(true, 30, "X"), verdict);

        assertThat(member.responseStatus()).isEqualTo(ResponseStatus.RESOLVED_NO_ACTION);
        assertThat(member.resolution())
                .isEqualTo("does not meet the funnel criteria: score 30 is below the threshold 50; lead status X is bad");
        assertThat(member.activatedAt()).isNull();
        assertThat(member.awaitsActivationPublication()).isFalse();
    }

    @Test
    void shouldNameTheOpenActiveResponseThatBlocksANewOne() {
        CampaignMember member = CampaignMember.resolvedActiveResponseExists(response(true, 85, "Open"), "00v-open");

        assertThat(member.responseStatus()).isEqualTo(ResponseStatus.RESOLVED_ACTIVE_RESPONSE_EXISTS);
        assertThat(member.resolution())
                .isEqualTo("meets the funnel criteria, but lead 00Q-1 already has the open active response 00v-open");
        assertThat(member.awaitsActivationPublication()).isFalse();
    }

    @Test
    void shouldLabelEveryStatusForPeople() {
        assertThat(List.of(ResponseStatus.values())).extracting(ResponseStatus::label).containsExactly(
                "Active", "Resolved - No Action Required", "Resolved - Active Response Exists", "Closed");
    }
}
