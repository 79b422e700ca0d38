package io.leadflow.assignment.domain;

import java.util.List;
import java.util.Map;

/** What is known about a lead that routing rules and notifications use. */
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
