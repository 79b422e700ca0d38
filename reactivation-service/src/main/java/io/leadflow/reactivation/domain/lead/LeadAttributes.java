package io.leadflow.reactivation.domain.lead;

import java.util.List;
import java.util.Map;

/** What is known about a lead, carried into the activation a reactivation leads to (routing tests it). */
public record LeadAttributes(String firstName, String lastName, String email, String title, String company,
        Integer companySize, String country, String state, String industry, List<String> tags,
        Map<String, String> custom) {

    public static final LeadAttributes NONE =
            new LeadAttributes(null, null, null, null, null, null, null, null, null, List.of(), Map.of());

    public LeadAttributes {
        tags = tags == null ? List.of() : List.copyOf(tags);
        custom = custom == null ? Map.of() : Map.copyOf(custom);
    }
}
