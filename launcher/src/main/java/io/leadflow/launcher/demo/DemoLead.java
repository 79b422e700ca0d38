package io.leadflow.launcher.demo;

import io.leadflow.events.LeadAttributes;
import io.leadflow.events.LeadSnapshot;
import io.leadflow.events.Owner;
import io.leadflow.events.OwnerKind;
import java.util.List;
import java.util.Map;

/** A lead of the demo script and what the demo expects to happen to it. */
record DemoLead(String leadId, String firstName, String lastName, String company, String title, int companySize,
        String country, String state, String industry, int score, Owner owner, boolean responded, String expectation) {

    static final Owner INBOUND_QUEUE = owner("00G-inbound", OwnerKind.QUEUE, "Inbound Leads Queue");
    static final Owner ALICE = owner("005-alice", OwnerKind.USER, "Alice Archer");

    static Owner owner(String id, OwnerKind kind, String name) {
        return Owner.newBuilder().setId(id).setKind(kind).setName(name).build();
    }

    String name() {
        return firstName + " " + lastName;
    }

    LeadSnapshot snapshot() {
        return LeadSnapshot.newBuilder()
                .setOwner(owner)
                .setScore(score)
                .setStatus("Open")
                .setAttributes(LeadAttributes.newBuilder()
                        .setFirstName(firstName).setLastName(lastName)
                        .setEmail((firstName + "." + lastName + "@" + company.replaceAll("[^A-Za-z]", "") + ".example").toLowerCase())
                        .setTitle(title).setCompany(company).setCompanySize(companySize)
                        .setCountry(country).setState(state).setIndustry(industry)
                        .setTags(List.of("demo")).setCustom(Map.of())
                        .build())
                .build();
    }
}
