package io.leadflow.reactivation.domain.scenario;

import io.leadflow.criteria.FieldVocabulary;
import io.leadflow.criteria.LeadField;

/**
 * The fields a scenario's lead criteria may test: what this service's projection knows of a lead (score, status,
 * attributes). Not {@code region}: regions are territories of the routing configuration, which this service never
 * sees. {@code campaignId} only for RESPONSE_PROMPT scenarios, whose event is a response in a campaign.
 */
final class ScenarioFields implements FieldVocabulary {

    private final TriggerType trigger;

    ScenarioFields(TriggerType trigger) {
        this.trigger = trigger;
    }

    @Override
    public boolean offers(LeadField field) {
        return switch (field) {
            case REGION -> false;
            case CAMPAIGN_ID -> trigger == TriggerType.RESPONSE_PROMPT;
            default -> true;
        };
    }

    @Override
    public String refusal(String subject, LeadField field) {
        if (field == LeadField.REGION) {
            return subject + " tests region in its lead criteria, but reactivation knows no regions (they are"
                    + " territories of the routing configuration); test country or state instead.";
        }
        return subject + " tests " + field.fieldName() + " in its lead criteria, but only the event of a"
                + " RESPONSE_PROMPT scenario has a campaign (the prompt's); remove the condition.";
    }
}
