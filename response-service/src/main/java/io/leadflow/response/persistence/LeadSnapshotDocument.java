package io.leadflow.response.persistence;

import io.leadflow.response.domain.LeadAttributes;
import io.leadflow.response.domain.LeadSnapshot;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The lead snapshot as stored. Custom attributes are a list of name/value pairs rather than a map: their
 * names come from the CRM and may contain dots, which MongoDB field names must not.
 */
record LeadSnapshotDocument(OwnerDocument owner, Integer score, String status, Attributes attributes) {

    record Attributes(
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
            List<CustomAttribute> custom) {
    }

    record CustomAttribute(String name, String value) {
    }

    static LeadSnapshotDocument of(LeadSnapshot lead) {
        LeadAttributes a = lead.attributes();
        List<CustomAttribute> custom = a.custom().entrySet().stream()
                .map(entry -> new CustomAttribute(entry.getKey(), entry.getValue()))
                .toList();
        return new LeadSnapshotDocument(OwnerDocument.of(lead.owner()), lead.score(), lead.status(), new Attributes(
                a.firstName(), a.lastName(), a.email(), a.title(), a.company(), a.companySize(), a.country(),
                a.state(), a.industry(), a.tags(), custom));
    }

    LeadSnapshot toSnapshot() {
        Map<String, String> custom = attributes.custom().stream()
                .collect(Collectors.toMap(CustomAttribute::name, CustomAttribute::value));
        Attributes a = attributes;
        return new LeadSnapshot(owner == null ? null : owner.toOwner(), score, status, new LeadAttributes(
                a.firstName(), a.lastName(), a.email(), a.title(), a.company(), a.companySize(), a.country(),
                a.state(), a.industry(), a.tags(), custom));
    }
}
