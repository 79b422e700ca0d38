package io.leadflow.response.web;

import io.leadflow.response.domain.LeadFunnel;
import io.leadflow.response.domain.LeadFunnels;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Read access to the reactivation decisions this service refused, for operators asking why a lead did not re-enter. */
@RestController
class ReactivationRefusalController {

    private final LeadFunnels funnels;

    ReactivationRefusalController(LeadFunnels funnels) {
        this.funnels = funnels;
    }

    /** The lead's last refused decisions, the most recent first; empty for a lead without any. */
    @GetMapping("/leads/{leadId}/reactivation-refusals")
    List<ReactivationRefusalView> refusalsOfLead(@PathVariable String leadId) {
        List<ReactivationRefusalView> refusals = new ArrayList<>(funnels.find(leadId)
                .map(LeadFunnel::reactivationRefusals).orElse(List.of()).stream()
                .map(ReactivationRefusalView::of)
                .toList());
        Collections.reverse(refusals);
        return refusals;
    }
}
