package io.leadflow.criteria;

import java.util.List;
import java.util.Map;

/** Object mother of leads for the criteria tests. */
final class Leads {

    private Leads() {
    }

    /** Dana from Acme, a 1,200-person bank in California, score 80, tagged strategic and emea-event. */
    static LeadProfile.Builder aLead() {
        return LeadProfile.builder()
                .companySize(1200)
                .score(80)
                .country("US")
                .state("CA")
                .company("Acme Bank")
                .industry("Banking")
                .tags(List.of("strategic", "emea-event"))
                .title("VP Sales")
                .status("Open")
                .email("dana@Acme.example")
                .custom(Map.of("segment", "Enterprise", "seats", "250"));
    }
}
