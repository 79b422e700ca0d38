package io.leadflow.response.config;

import io.leadflow.response.domain.FunnelRules;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** Settings of the response service, under {@code leadflow.response}; checked at startup. */
@Validated
@ConfigurationProperties("leadflow.response")
public record ResponseProperties(@DefaultValue @Valid @NotNull Funnel funnel) {

    /**
     * When a response becomes a new active response (an MQL), and when its funnel closes.
     *
     * @param minScore lowest lead score that qualifies; a lead without a score never qualifies
     * @param qualifyingLeadStatuses lead statuses that qualify (ignoring case); empty means any status
     * @param acceptNonResponses whether a non-response (e.g. an email sent) can qualify
     * @param oneActiveResponsePerLead whether a lead can have at most one open active response; a
     *     qualifying response for a lead that has one is resolved as "Active Response Exists"
     * @param closedLeadStatuses lead statuses (ignoring case) that close the lead's open active response
     * @param responsePromptCampaigns campaign ids whose responses never become active themselves (the campaigns
     *     of reactivation-service's RESPONSE_PROMPT scenarios)
     */
    public record Funnel(
            @DefaultValue("50") @Min(value = 0, message = "must be 0 or more (a lead score threshold)") int minScore,
            @DefaultValue({"Open", "Working", "Nurture"}) @NotNull List<@NotBlank String> qualifyingLeadStatuses,
            @DefaultValue("false") boolean acceptNonResponses,
            @DefaultValue("true") boolean oneActiveResponsePerLead,
            @DefaultValue({"Disqualified", "Converted", "Recycled"}) @NotNull List<@NotBlank String> closedLeadStatuses,
            @DefaultValue({}) @NotNull List<@NotBlank String> responsePromptCampaigns) {

        public FunnelRules rules() {
            return new FunnelRules(minScore, qualifyingLeadStatuses, acceptNonResponses, oneActiveResponsePerLead,
                    closedLeadStatuses, responsePromptCampaigns);
        }
    }
}
