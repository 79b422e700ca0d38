package io.leadflow.assignment.persistence;

import io.leadflow.assignment.domain.Lead;
import io.leadflow.assignment.domain.LeadAttributes;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A lead snapshot as stored. Custom attributes are a list of name/value pairs, not a map: their names come
 * from the CRM and may contain dots, which MongoDB field names written through Spring Data may not.
 */
record StoredLead(
        StoredOwner owner,
        Integer score,
        String status,
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

    record CustomAttribute(String name, String value) {
    }

    static StoredLead of(Lead lead) {
        LeadAttributes attributes = lead.attributes();
        return new StoredLead(StoredOwner.of(lead.owner()), lead.score(), lead.status(),
                attributes.firstName(), attributes.lastName(), attributes.email(), attributes.title(),
                attributes.company(), attributes.companySize(), attributes.country(), attributes.state(),
                attributes.industry(), attributes.tags(),
                attributes.custom().entrySet().stream()
                        .map(entry -> new CustomAttribute(entry.getKey(), entry.getValue()))
                        .toList());
    }

    Lead toLead() {
        Map<String, String> customMap = custom.stream()
                .collect(Collectors.toMap(CustomAttribute::name, CustomAttribute::value));
        return new Lead(StoredOwner.toOwner(owner), score, status, new LeadAttributes(firstName, lastName, email,
                title, company, companySize, country, state, industry, tags, customMap));
    }
}
