package io.leadflow.reactivation.domain.scenario;

import static io.leadflow.reactivation.domain.scenario.Findings.capitalized;
import static io.leadflow.reactivation.domain.scenario.Findings.isBlank;
import static io.leadflow.reactivation.domain.scenario.Findings.isPositive;
import static io.leadflow.reactivation.domain.scenario.Findings.label;

import io.leadflow.criteria.Condition;
import io.leadflow.criteria.ConditionChecks;
import io.leadflow.criteria.Conjunction;
import io.leadflow.criteria.Criteria;
import io.leadflow.criteria.CriteriaAnalysis;
import io.leadflow.criteria.JointMatch;
import io.leadflow.criteria.ValueSpace;
import io.leadflow.reactivation.domain.scenario.Findings.Entry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks one scenario on its own: its name, the condition of its trigger, its lead criteria, its wait and
 * look-back, its eligibility, its default campaign and its sync fields.
 */
final class ScenarioChecks {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");
    /** Reactivation knows no regions, so no field's values depend on another's. */
    static final CriteriaAnalysis LEADS = new CriteriaAnalysis(ValueSpace.INDEPENDENT);
    private static final String PLACEHOLDERS = ScenarioValidator.SYNC_PLACEHOLDERS.stream()
            .map(name -> "{" + name + "}").collect(Collectors.joining(", "));

    private final Set<String> campaignIds;
    private final Findings findings;

    /** @param campaignIds the ids of the campaigns the configuration declares */
    ScenarioChecks(Set<String> campaignIds, Findings findings) {
        this.campaignIds = campaignIds;
        this.findings = findings;
    }

    void check(Entry<Scenario> entry) {
        Scenario scenario = entry.value();
        String label = label("scenario", scenario.name(), entry.path());
        if (isBlank(scenario.name())) {
            findings.error(entry.path("name"), "A scenario has no name; name it: decisions and invocations name a"
                    + " scenario by its name.");
        }
        if (!scenario.isEnabled()) {
            findings.warning(entry.path("enabled"), capitalized(label) + " is disabled, so it never reactivates"
                    + " anything; enable it or remove it.");
        }
        checkTrigger(entry, label);
        if (scenario.leadCriteria() != null) {
            checkLeadCriteria(entry, label);
        }
        checkTiming(entry, label);
        if (scenario.eligibility() != null) {
            checkEligibility(entry, label);
        }
        checkDefaultCampaign(entry, label);
        if (scenario.sync() != null) {
            checkSync(entry, label);
        }
    }

    private void checkTrigger(Entry<Scenario> entry, String label) {
        Scenario scenario = entry.value();
        TriggerType trigger = scenario.trigger();
        if (trigger == null) {
            findings.error(entry.path("trigger"), capitalized(label) + " has no trigger; choose SCORE,"
                    + " ACTIVE_STATUS, RESPONSE_PROMPT or INVOCABLE.");
            return;
        }
        refuseForeignCondition(entry, label, "score", scenario.score() != null, TriggerType.SCORE);
        refuseForeignCondition(entry, label, "status", scenario.status() != null, TriggerType.ACTIVE_STATUS);
        refuseForeignCondition(entry, label, "responsePrompt", scenario.responsePrompt() != null,
                TriggerType.RESPONSE_PROMPT);
        switch (trigger) {
            case SCORE -> checkScore(entry, label);
            case ACTIVE_STATUS -> checkStatus(entry, label);
            case RESPONSE_PROMPT -> checkPrompt(entry, label);
            case INVOCABLE -> {
                // Invoked by name: it has no condition of its own.
            }
        }
    }

    private void refuseForeignCondition(Entry<Scenario> entry, String label, String field, boolean present,
            TriggerType owner) {
        TriggerType trigger = entry.value().trigger();
        if (present && trigger != owner) {
            findings.error(entry.path(field), capitalized(label) + " has trigger " + trigger + " but a " + field
                    + " condition, which only " + owner + " scenarios have; remove it or change the trigger.");
        }
    }

    private void checkScore(Entry<Scenario> entry, String label) {
        ScoreCondition score = entry.value().score();
        if (score == null) {
            findings.error(entry.path("score"), capitalized(label) + " has trigger SCORE but no score condition;"
                    + " set score.threshold (the score to cross), score.minIncrease (the points to gain) or both.");
            return;
        }
        if (score.threshold() == null && score.minIncrease() == null) {
            findings.error(entry.path("score"), "The score condition of " + label + " sets neither threshold nor"
                    + " minIncrease; set at least one of them.");
        }
        if (score.threshold() != null && score.threshold() < 0) {
            findings.error(entry.path("score.threshold"), "The score condition of " + label + " has threshold "
                    + score.threshold() + "; a threshold must be 0 or more.");
        }
        if (score.minIncrease() != null && score.minIncrease() <= 0) {
            findings.error(entry.path("score.minIncrease"), "The score condition of " + label + " has minIncrease "
                    + score.minIncrease() + "; a minimum increase must be at least 1.");
        }
    }

    private void checkStatus(Entry<Scenario> entry, String label) {
        StatusCondition status = entry.value().status();
        if (status == null) {
            findings.error(entry.path("status"), capitalized(label) + " has trigger ACTIVE_STATUS but no status"
                    + " condition; set status.inactive and status.active, the statuses a lead moves from and to.");
            return;
        }
        String owner = "The status condition of " + label;
        if (status.inactive().isEmpty()) {
            findings.error(entry.path("status.inactive"), owner + " lists no inactive status; list the statuses a"
                    + " lead moves from, e.g. Nurture.");
        }
        if (status.active().isEmpty()) {
            findings.error(entry.path("status.active"), owner + " lists no active status; list the statuses a"
                    + " lead moves to, e.g. Working.");
        }
        refuseBlankStatuses(entry.path("status.inactive"), status.inactive(), owner);
        refuseBlankStatuses(entry.path("status.active"), status.active(), owner);
        Set<String> inactive = StatusSets.normalized(status.inactive());
        for (Entry<String> active : Findings.entries(entry.path("status.active"), status.active())) {
            if (!isBlank(active.value()) && inactive.contains(StatusSets.normalized(active.value()))) {
                findings.error(active.path(), owner + " lists '" + active.value() + "' as both inactive and"
                        + " active (ignoring case); a status cannot be both: remove it from one of the lists.");
            }
        }
    }

    private void refuseBlankStatuses(String path, List<String> statuses, String owner) {
        for (Entry<String> status : Findings.entries(path, statuses)) {
            if (isBlank(status.value())) {
                findings.error(status.path(), owner + " has a blank status; name a status or remove the entry.");
            }
        }
    }

    private void checkPrompt(Entry<Scenario> entry, String label) {
        PromptCondition prompt = entry.value().responsePrompt();
        if (prompt == null) {
            findings.error(entry.path("responsePrompt"), capitalized(label) + " has trigger RESPONSE_PROMPT but no"
                    + " response-prompt condition; list the prompt campaigns in responsePrompt.campaignIds.");
            return;
        }
        if (prompt.campaignIds().isEmpty()) {
            findings.error(entry.path("responsePrompt.campaignIds"), capitalized(label) + " lists no"
                    + " response-prompt campaign; list the campaigns whose responses revive a recent response.");
        }
        for (Entry<String> campaignId : Findings.entries(entry.path("responsePrompt.campaignIds"),
                prompt.campaignIds())) {
            checkCampaign(campaignId.path(), campaignId.value(), capitalized(label) + " names response-prompt");
        }
    }

    /**
     * The conditions must be ones the lead criteria language accepts, on fields this service knows (see
     * {@link ScenarioFields}); and some lead must be able to match them once the event happened, or the scenario
     * never fires.
     */
    private void checkLeadCriteria(Entry<Scenario> entry, String label) {
        Scenario scenario = entry.value();
        String path = entry.path("leadCriteria");
        if (scenario.trigger() == TriggerType.INVOCABLE) {
            findings.error(path, capitalized(label) + " is INVOCABLE but has lead criteria; an invocation always"
                    + " counts (whoever invokes the scenario decides for which leads): remove leadCriteria or change"
                    + " the trigger.");
            return;
        }
        new ConditionChecks(new ScenarioFields(scenario.trigger()), findings::error)
                .check(path, scenario.leadCriteria(), capitalized(label));
        if (findings.hasErrorsAt(path)) {
            return;
        }
        List<Criteria> afterEvent = new ArrayList<>(List.of(scenario.leadCriteria()));
        EventFacts.of(scenario).forEach(fact -> afterEvent.add(Criteria.all(fact)));
        JointMatch alone = LEADS.jointly(scenario.leadCriteria());
        JointMatch joint = alone.possible() ? LEADS.jointly(afterEvent) : alone;
        if (!joint.possible()) {
            List<Condition> conflict = joint.conflict();
            findings.error(path, capitalized(label) + " can never fire: no lead matches its lead criteria"
                    + (alone.possible() ? " after its event" : "") + ", since " + Conjunction.describe(conflict)
                    + " cannot " + (conflict.size() == 2 ? "both hold" : conflict.size() == 1 ? "hold" : "all hold")
                    + "; fix its lead criteria.");
        }
    }

    private void checkTiming(Entry<Scenario> entry, String label) {
        Scenario scenario = entry.value();
        Duration wait = scenario.waitPeriod();
        if (wait != null && wait.isNegative()) {
            findings.error(entry.path("waitPeriod"), capitalized(label) + " has a negative wait period ("
                    + DurationText.iso(wait) + "); set how long to wait after the event, PT0S or more (or leave it out to"
                    + " decide at once).");
        }
        Duration lookBack = scenario.lookBack();
        if (lookBack == null) {
            findings.error(entry.path("lookBack"), capitalized(label) + " has no look-back; set how far back a"
                    + " response may lie to be reactivated, e.g. P30D.");
        } else if (!isPositive(lookBack)) {
            findings.error(entry.path("lookBack"), capitalized(label) + " has look-back " + DurationText.iso(lookBack)
                    + "; a look-back must be longer than zero, e.g. P30D.");
        } else if (wait != null && lookBack.compareTo(wait) < 0) {
            findings.error(entry.path("lookBack"), capitalized(label) + " has a look-back (" + DurationText.iso(lookBack)
                    + ") shorter than its wait period (" + DurationText.iso(wait) + "): when it decides, the responses that"
                    + " led up to the event are already out of reach; make the look-back at least as long as the"
                    + " wait period.");
        }
    }

    private void checkEligibility(Entry<Scenario> entry, String label) {
        Eligibility eligibility = entry.value().eligibility();
        String owner = "The eligibility of " + label;
        Duration within = eligibility.within();
        Duration lookBack = entry.value().lookBack();
        if (within != null && !isPositive(within)) {
            findings.error(entry.path("eligibility.within"), owner + " has within " + DurationText.iso(within) + "; it must be"
                    + " longer than zero (or left out, so that a response's age is no criterion).");
        } else if (within != null && lookBack != null && isPositive(lookBack) && within.compareTo(lookBack) > 0) {
            findings.warning(entry.path("eligibility.within"), owner + " accepts responses up to " + DurationText.iso(within)
                    + " old, longer than its look-back of " + DurationText.iso(lookBack) + ", which limits them anyway; shorten"
                    + " within to at most the look-back, or leave it out.");
        }
        for (Entry<String> status : Findings.entries(entry.path("eligibility.responseStatuses"),
                eligibility.responseStatuses())) {
            if (!ScenarioValidator.RESPONSE_STATUSES.contains(status.value())) {
                findings.error(status.path(), owner + " names response status '" + status.value() + "', which is"
                        + " not a status a response can be reactivated from; use "
                        + String.join(", ", ScenarioValidator.RESPONSE_STATUSES.subList(0, 2)) + " or "
                        + ScenarioValidator.RESPONSE_STATUSES.get(2) + ".");
            }
        }
    }

    private void checkDefaultCampaign(Entry<Scenario> entry, String label) {
        String campaignId = entry.value().defaultCampaignId();
        if (campaignId != null) {
            checkCampaign(entry.path("defaultCampaignId"), campaignId, capitalized(label) + " names default");
        }
    }

    /** @param naming the start of a sentence naming the campaign, e.g. "Scenario 'X' names default" */
    private void checkCampaign(String path, String campaignId, String naming) {
        if (isBlank(campaignId)) {
            findings.error(path, naming + " campaign '', a blank id; name one of the campaigns.");
        } else if (!campaignIds.contains(campaignId)) {
            findings.error(path, naming + " campaign '" + campaignId + "', an unknown campaign; add it to the"
                    + " campaigns or name another campaign.");
        }
    }

    private void checkSync(Entry<Scenario> entry, String label) {
        for (Map.Entry<String, String> field : entry.value().sync().fields().entrySet()) {
            String path = entry.path("sync.fields") + "['" + field.getKey() + "']";
            if (isBlank(field.getKey())) {
                findings.error(path, capitalized(label) + " syncs a field without a name; name the CRM field.");
                continue;
            }
            String value = field.getValue();
            if (value == null) {
                findings.error(path, capitalized(label) + " syncs field '" + field.getKey() + "' without a value;"
                        + " give the value to write, which may name " + PLACEHOLDERS + ".");
                continue;
            }
            Matcher placeholder = PLACEHOLDER.matcher(value);
            while (placeholder.find()) {
                if (!ScenarioValidator.SYNC_PLACEHOLDERS.contains(placeholder.group(1))) {
                    findings.error(path, capitalized(label) + " syncs field '" + field.getKey() + "' with"
                            + " placeholder " + placeholder.group() + ", which it cannot fill; use " + PLACEHOLDERS
                            + ".");
                }
            }
        }
    }

    /** Statuses compared as {@link StatusCondition} compares them: trimmed, ignoring case. */
    static final class StatusSets {

        private StatusSets() {
        }

        static String normalized(String status) {
            return status.trim().toLowerCase(Locale.ROOT);
        }

        static Set<String> normalized(List<String> statuses) {
            return statuses.stream().filter(status -> !isBlank(status)).map(StatusSets::normalized)
                    .collect(Collectors.toSet());
        }
    }
}
