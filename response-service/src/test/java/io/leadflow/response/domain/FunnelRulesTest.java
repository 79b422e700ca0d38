package io.leadflow.response.domain;

import static io.leadflow.response.domain.Responses.response;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FunnelRulesTest {

    static final List<String> QUALIFYING = List.of("Open", "Working", "Nurture");
    static final List<String> CLOSING = List.of("Disqualified", "Converted", "Recycled");

    final FunnelRules rules = new FunnelRules(50, QUALIFYING, false, true, CLOSING);

    @Test
    void shouldQualifyAResponseThatMeetsEveryCriterion() {
        FunnelVerdict verdict = rules.evaluate(response(true, 85, "Open"));

        assertThat(verdict.qualifies()).isTrue();
        assertThat(verdict.unmetCriteria()).isEmpty();
    }

    @Test
    void shouldNeverQualifyAResponseToAResponsePromptCampaignAndSayWhy() {
        FunnelRules withPrompts = new FunnelRules(50, QUALIFYING, false, true, CLOSING, List.of("701-contact-us"));

        FunnelVerdict verdict = withPrompts.evaluate(response("701-contact-us", "Responded", true, 85, "Open"));

        assertThat(verdict.qualifies()).isFalse();
        assertThat(verdict.unmetCriteria()).containsExactly("a response to the response-prompt campaign "
                + "Spring Webinar never becomes the active response itself (a reactivation scenario revives a "
                + "recent response instead)");
        assertThat(withPrompts.evaluate(response(true, 85, "Open")).qualifies()).isTrue();
    }

    @Test
    void shouldQualifyAScoreExactlyAtTheThreshold() {
        assertThat(rules.evaluate(response(true, 50, "Working")).qualifies()).isTrue();
    }

    @Test
    void shouldRejectAScoreJustBelowTheThresholdAndSayWhy() {
        FunnelVerdict verdict = rules.evaluate(response(true, 49, "Open"));

        assertThat(verdict.qualifies()).isFalse();
        assertThat(verdict.unmetCriteria()).containsExactly("score 49 is below the threshold 50");
    }

    @Test
    void shouldRejectALeadWithoutAScore() {
        FunnelVerdict verdict = rules.evaluate(response(true, null, "Open"));

        assertThat(verdict.unmetCriteria()).containsExactly("the lead has no score (the threshold is 50)");
    }

    @Test
    void shouldQualifyAnyScoreWhenTheThresholdIsZero() {
        FunnelRules anyScore = new FunnelRules(0, QUALIFYING, false, true, CLOSING);

        assertThat(anyScore.evaluate(response(true, 0, "Open")).qualifies()).isTrue();
        assertThat(anyScore.evaluate(response(true, null, "Open")).unmetCriteria())
                .containsExactly("the lead has no score (the threshold is 0)");
    }

    @Test
    void shouldRejectANonResponseUnlessNonResponsesAreAccepted() {
        CampaignResponse sent = response("701-spring-webinar", "Sent", false, 85, "Open");
        FunnelRules acceptingNonResponses = new FunnelRules(50, QUALIFYING, true, true, CLOSING);

        assertThat(rules.evaluate(sent).unmetCriteria())
                .containsExactly("a non-response (member status Sent) does not qualify");
        assertThat(acceptingNonResponses.evaluate(sent).qualifies()).isTrue();
    }

    @Test
    void shouldRejectALeadStatusThatDoesNotQualify() {
        FunnelVerdict verdict = rules.evaluate(response(true, 85, "Converted"));

        assertThat(verdict.unmetCriteria()).containsExactly("lead status Converted is not one of Open, Working, Nurture");
    }

    @Test
    void shouldRejectALeadWithoutAStatusWhenStatusesAreConfigured() {
        FunnelVerdict verdict = rules.evaluate(response(true, 85, null));

        assertThat(verdict.unmetCriteria())
                .containsExactly("the lead has no status (qualifying statuses: Open, Working, Nurture)");
    }

    @Test
    void shouldMatchLeadStatusesIgnoringCase() {
        assertThat(rules.evaluate(response(true, 85, "nurture")).qualifies()).isTrue();
    }

    @Test
    void shouldAcceptAnyLeadStatusWhenNoneAreConfigured() {
        FunnelRules anyStatus = new FunnelRules(50, List.of(), false, true, CLOSING);

        assertThat(anyStatus.evaluate(response(true, 85, "Converted")).qualifies()).isTrue();
        assertThat(anyStatus.evaluate(response(true, 85, null)).qualifies()).isTrue();
    }

    @Test
    void shouldNameEveryCriterionThatFailedInOrder() {
        FunnelVerdict verdict = rules.evaluate(response("701-spring-webinar", "Sent", false, 30, "Disqualified"));

        assertThat(verdict.unmetCriteria()).containsExactly(
                "a non-response (member status Sent) does not qualify",
                "score 30 is below the threshold 50",
                "lead status Disqualified is not one of Open, Working, Nurture");
    }

    @Test
    void shouldCloseTheFunnelOnlyForTheConfiguredStatusesIgnoringCase() {
        assertThat(rules.closesFunnel("Converted")).isTrue();
        assertThat(rules.closesFunnel("recycled")).isTrue();
        assertThat(rules.closesFunnel("Working")).isFalse();
        assertThat(rules.closesFunnel(null)).isFalse();
    }
}
