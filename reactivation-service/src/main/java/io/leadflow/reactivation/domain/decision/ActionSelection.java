package io.leadflow.reactivation.domain.decision;

import io.leadflow.reactivation.domain.lead.CampaignHistoryEntry;
import io.leadflow.reactivation.domain.lead.LeadHistory;
import io.leadflow.reactivation.domain.lead.ResponseStatusLabel;
import io.leadflow.reactivation.domain.run.Action;
import io.leadflow.reactivation.domain.scenario.Campaign;
import io.leadflow.reactivation.domain.scenario.DurationText;
import io.leadflow.reactivation.domain.scenario.Eligibility;
import io.leadflow.reactivation.domain.scenario.EligibilityMatch;
import io.leadflow.reactivation.domain.scenario.Scenario;
import io.leadflow.reactivation.domain.scenario.ScenarioConfiguration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The action of a scenario that fires, in the seed's order: reactivate the most recent eligible response of the
 * look-back period; otherwise activate the most recent eligible non-response (if the scenario allows it);
 * otherwise insert a member in the scenario's default campaign (if it has one); otherwise nothing. Pure.
 *
 * <p>Never a candidate: a member older than the look-back period, the response that triggered a
 * response-prompt scenario, any member of a response-prompt campaign (a prompt is never what is revived) and a
 * member whose funnel is open.
 */
public final class ActionSelection {

    private ActionSelection() {
    }

    public static Selection choose(LeadHistory history, Scenario scenario, ScenarioConfiguration configuration,
            Instant now, String excludedResponseId) {
        Instant from = now.minus(scenario.lookBack());
        Set<String> prompts = Set.copyOf(configuration.promptCampaignIds());
        List<CampaignHistoryEntry> candidates = history.entries().stream()
                .filter(entry -> !entry.respondedAt().isBefore(from))
                .filter(entry -> !entry.responseId().equals(excludedResponseId))
                .filter(entry -> !prompts.contains(entry.campaignId()))
                .filter(entry -> entry.status() != ResponseStatusLabel.ACTIVE)
                .sorted(Comparator.comparing(CampaignHistoryEntry::respondedAt).reversed())
                .toList();
        Eligibility eligibility = scenario.effectiveEligibility();
        List<String> refused = new ArrayList<>();
        Optional<CampaignHistoryEntry> response = Optional.empty();
        Optional<CampaignHistoryEntry> nonResponse = Optional.empty();
        for (CampaignHistoryEntry candidate : candidates) {
            Optional<String> notEligible = whyNotEligible(candidate, eligibility, now);
            if (notEligible.isPresent()) {
                refused.add(candidate.responseId() + ": " + notEligible.get());
            } else if (candidate.responded() && response.isEmpty()) {
                response = Optional.of(candidate);
            } else if (!candidate.responded() && nonResponse.isEmpty()) {
                nonResponse = Optional.of(candidate);
            }
        }
        String window = " of the look-back period (" + DurationText.iso(scenario.lookBack()) + ")";
        if (response.isPresent()) {
            return selected(Action.REACTIVATE_RESPONSE, response.get(),
                    "reactivates the most recent eligible response" + window);
        }
        if (nonResponse.isPresent() && scenario.activatesNonResponses()) {
            return selected(Action.ACTIVATE_NON_RESPONSE, nonResponse.get(),
                    "no eligible response" + window + "; activates the most recent eligible non-response");
        }
        String found = candidates.isEmpty() ? "no campaign member" + window
                : "no eligible response" + window + (refused.isEmpty() ? "" : " (" + String.join("; ", refused) + ")");
        if (nonResponse.isPresent()) {
            found += "; the non-response " + nonResponse.get().responseId() + " is eligible but the scenario does "
                    + "not activate non-responses";
        }
        if (scenario.defaultCampaignId() != null) {
            String name = configuration.campaign(scenario.defaultCampaignId()).map(Campaign::name).orElse(null);
            return new Selection(Action.INSERT_DEFAULT_MEMBER, null, scenario.defaultCampaignId(), name,
                    found + "; inserts a member in the default campaign "
                            + (name == null ? scenario.defaultCampaignId() : name));
        }
        return Selection.nothing(found + "; the scenario has no default campaign");
    }

    /** Why a member is not eligible, or empty when it is. */
    static Optional<String> whyNotEligible(CampaignHistoryEntry entry, Eligibility eligibility, Instant now) {
        if (!eligibility.hasCriteria()) {
            return Optional.empty();
        }
        List<String> met = new ArrayList<>();
        List<String> unmet = new ArrayList<>();
        if (eligibility.checksReactivation()) {
            (entry.reactivatedBefore() ? unmet : met).add(entry.reactivatedBefore()
                    ? "reactivated before" : "never reactivated");
        }
        if (!eligibility.responseStatuses().isEmpty()) {
            String label = entry.status().label();
            boolean listed = eligibility.responseStatuses().stream().anyMatch(label::equalsIgnoreCase);
            (listed ? met : unmet).add("status " + label + (listed ? "" : " is not eligible"));
        }
        if (eligibility.within() != null) {
            boolean recent = !entry.respondedAt().isBefore(now.minus(eligibility.within()));
            (recent ? met : unmet).add(recent ? "within " + DurationText.iso(eligibility.within())
                    : "older than " + DurationText.iso(eligibility.within()));
        }
        boolean eligible = eligibility.effectiveMatch() == EligibilityMatch.ANY ? !met.isEmpty() : unmet.isEmpty();
        return eligible ? Optional.empty() : Optional.of(String.join(", ", unmet));
    }

    private static Selection selected(Action action, CampaignHistoryEntry entry, String why) {
        return new Selection(action, entry.responseId(), entry.campaignId(), entry.campaignName(),
                why + ": " + entry.responseId() + " (" + (entry.campaignName() == null ? entry.campaignId()
                        : entry.campaignName()) + ", " + entry.respondedAt() + ", " + entry.status().label() + ")");
    }
}
