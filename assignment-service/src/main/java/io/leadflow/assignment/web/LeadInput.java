package io.leadflow.assignment.web;

import io.leadflow.assignment.domain.Lead;
import io.leadflow.assignment.domain.LeadAttributes;
import io.leadflow.assignment.domain.Owner;
import io.leadflow.assignment.domain.OwnerKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;

/**
 * A lead to preview routing for, with the attributes assignment rules test.
 *
 * @param owner the lead's current owner (null: unassigned); an owner not subject to reassignment keeps the lead
 */
record LeadInput(
        String leadId,
        String campaignId,
        @Valid OwnerInput owner,
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
        Map<String, String> custom) {

    /** A user or queue of the CRM. */
    record OwnerInput(@NotBlank String id, @NotNull OwnerKind kind, String name) {
    }

    Lead toLead() {
        return new Lead(owner == null ? null : new Owner(owner.id(), owner.kind(), owner.name()), score, status,
                new LeadAttributes(firstName, lastName, email, title, company, companySize, country, state, industry,
                        tags == null ? List.of() : tags, custom == null ? Map.of() : custom));
    }
}
