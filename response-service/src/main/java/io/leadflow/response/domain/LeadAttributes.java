package io.leadflow.response.domain;

import java.util.List;
import java.util.Map;

/** What is known about a lead; this service keeps it with the response and hands it on unchanged. */
public record LeadAttributes(
        String firstName,
        String lastName,
        String email,
        String title,
        String company,
        Integer companySize,
        String country,
        String state,
        String industry,
        List<String> tags,
        Map<String, String> custom) {

    public LeadAttributes {
        tags = List.copyOf(tags);
        custom = Map.copyOf(custom);
    }
}
