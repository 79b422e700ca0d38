package io.leadflow.reactivation.domain.scenario;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Trigger sync: when the scenario decides, ask the CRM ({@code lead.update.requested}) to write these fields on
 * the lead. A value may name what was decided: {@code {scenario}}, {@code {trigger}}, {@code {action}},
 * {@code {decidedAt}} (ISO-8601 instant), {@code {responseId}}, {@code {campaignId}}.
 *
 * @param fields CRM field name to value; empty means no sync
 */
public record SyncOption(Map<String, String> fields) {

    public static final SyncOption NONE = new SyncOption(Map.of());

    public SyncOption {
        fields = fields == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public boolean isOn() {
        return !fields.isEmpty();
    }
}
