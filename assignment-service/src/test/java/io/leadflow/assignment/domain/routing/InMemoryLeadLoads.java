package io.leadflow.assignment.domain.routing;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** {@link LeadLoads} with the MongoDB adapter's move-forward-only semantics, for unit tests. */
public final class InMemoryLeadLoads implements LeadLoads {

    private record Lead(String ownerId, Instant ownerSince, boolean open, Instant statusSince) {
    }

    private record Opportunity(String ownerId, boolean open, Instant since) {
    }

    private final Map<String, Lead> leads = new HashMap<>();
    private final Map<String, Opportunity> opportunities = new HashMap<>();

    @Override
    public synchronized Map<String, Long> openOpportunities(Collection<String> userIds) {
        Map<String, Long> counts = new HashMap<>();
        userIds.forEach(userId -> counts.put(userId, opportunities.values().stream()
                .filter(opportunity -> userId.equals(opportunity.ownerId()) && opportunity.open()).count()));
        return counts;
    }

    @Override
    public synchronized void opportunitiesChanged(Collection<LeadLoads.Opportunity> changes) {
        for (LeadLoads.Opportunity change : changes) {
            Opportunity known = opportunities.get(change.opportunityId());
            if (known == null || known.since().isBefore(change.since())) {
                opportunities.put(change.opportunityId(), new Opportunity(change.ownerId(), change.open(), change.since()));
            }
        }
    }

    @Override
    public synchronized Map<String, Long> openLeads(Collection<String> userIds) {
        Map<String, Long> counts = new HashMap<>();
        userIds.forEach(userId -> counts.put(userId, leads.values().stream()
                .filter(lead -> userId.equals(lead.ownerId()) && lead.open()).count()));
        return counts;
    }

    @Override
    public synchronized Map<String, Instant> ownerKnownSince(Collection<String> leadIds) {
        Map<String, Instant> since = new HashMap<>();
        leadIds.stream().filter(leadId -> leads.containsKey(leadId) && leads.get(leadId).ownerId() != null)
                .forEach(leadId -> since.put(leadId, leads.get(leadId).ownerSince()));
        return since;
    }

    @Override
    public synchronized void ownersChanged(Collection<OwnedLead> owners) {
        for (OwnedLead owned : owners) {
            Lead lead = leads.getOrDefault(owned.leadId(), new Lead(null, Instant.EPOCH, true, Instant.EPOCH));
            if (lead.ownerSince().isBefore(owned.since())) {
                leads.put(owned.leadId(), new Lead(owned.ownerId(), owned.since(), lead.open(), lead.statusSince()));
            }
        }
    }

    @Override
    public synchronized void statusesChanged(Collection<LeadStatus> statuses) {
        for (LeadStatus status : statuses) {
            Lead lead = leads.getOrDefault(status.leadId(), new Lead(null, Instant.EPOCH, true, Instant.EPOCH));
            if (lead.statusSince().isBefore(status.since())) {
                leads.put(status.leadId(), new Lead(lead.ownerId(), lead.ownerSince(), status.open(), status.since()));
            }
        }
    }
}
