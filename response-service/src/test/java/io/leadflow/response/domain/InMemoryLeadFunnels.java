package io.leadflow.response.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Lead funnels in a map, changed entry by entry as MongoDB does, with the store operations a test can count. */
final class InMemoryLeadFunnels implements LeadFunnels {

    final Map<String, LeadFunnel> stored = new LinkedHashMap<>();
    final Map<String, String> openActiveResponseIds = new LinkedHashMap<>();
    final List<String> operations;

    InMemoryLeadFunnels(List<String> operations) {
        this.operations = operations;
    }

    @Override
    public Optional<LeadFunnel> find(String leadId) {
        return Optional.ofNullable(stored.get(leadId));
    }

    @Override
    public Map<String, LeadFunnel> findAll(Collection<String> leadIds) {
        operations.add("find funnels");
        Map<String, LeadFunnel> found = new LinkedHashMap<>();
        leadIds.stream().filter(stored::containsKey).forEach(id -> found.put(id, stored.get(id)));
        return found;
    }

    @Override
    public void update(List<FunnelUpdate> updates) {
        operations.add("update funnels");
        for (FunnelUpdate update : updates) {
            LeadFunnel funnel = stored.getOrDefault(update.leadId(), LeadFunnel.empty(update.leadId()));
            List<ActiveResponse> open = new ArrayList<>(funnel.activeResponses());
            update.opened().stream().filter(response -> !open.contains(response)).forEach(open::add);
            open.removeIf(response -> update.closed().stream()
                    .anyMatch(closed -> closed.responseId().equals(response.responseId())));
            List<ReactivationRefusal> refusals = new ArrayList<>(funnel.reactivationRefusals());
            refusals.addAll(update.refused());
            stored.put(update.leadId(), new LeadFunnel(update.leadId(), open, refusals.subList(
                    Math.max(0, refusals.size() - LeadFunnel.REFUSALS_KEPT), refusals.size())));
            if (!update.opened().isEmpty() || !update.closed().isEmpty()) {
                openActiveResponseIds.put(update.leadId(), update.openActiveResponseId());
            }
        }
    }

    /** The ids of the lead's open active responses, oldest first. */
    List<String> open(String leadId) {
        return stored.getOrDefault(leadId, LeadFunnel.empty(leadId)).activeResponses().stream()
                .map(ActiveResponse::responseId).toList();
    }
}
