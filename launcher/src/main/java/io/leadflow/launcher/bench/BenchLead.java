package io.leadflow.launcher.bench;

import io.leadflow.events.LeadAttributes;
import io.leadflow.events.LeadSnapshot;
import io.leadflow.events.Owner;
import io.leadflow.events.OwnerKind;
import java.util.List;
import java.util.Map;

/**
 * The lead every benchmark event is about: it meets response-service's funnel criteria (score 85 over the
 * threshold 50, status Open) and is owned by the Inbound Leads Queue, one of the owners assignment-service
 * re-routes; so each response becomes active and each activation is routed, and nothing else happens.
 */
final class BenchLead {

    static final Owner INBOUND_QUEUE = Owner.newBuilder()
            .setId("00G-inbound").setKind(OwnerKind.QUEUE).setName("Inbound Leads Queue").build();

    private BenchLead() {
    }

    static LeadSnapshot snapshot() {
        return LeadSnapshot.newBuilder()
                .setOwner(INBOUND_QUEUE).setScore(85).setStatus("Open")
                .setAttributes(LeadAttributes.newBuilder()
                        .setFirstName("Dana").setLastName("Reyes").setEmail("dana.reyes@acme.example")
                        .setTitle("VP Operations").setCompany("Acme Corp").setCompanySize(1200)
                        .setCountry("US").setState("CA").setIndustry("Manufacturing")
                        .setTags(List.of("enterprise")).setCustom(Map.of("region", "AMER"))
                        .build())
                .build();
    }
}
