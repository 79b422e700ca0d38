package io.leadflow.response.domain;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Campaign members in a map, with the store operations a test can count. */
final class InMemoryCampaignMembers implements CampaignMembers {

    final Map<String, CampaignMember> stored = new LinkedHashMap<>();
    final List<String> operations;
    /** Runs just before an insert: another instance storing a member first. */
    Runnable beforeInsert = () -> { };

    InMemoryCampaignMembers(List<String> operations) {
        this.operations = operations;
    }

    @Override
    public Optional<CampaignMember> find(String responseId) {
        return Optional.ofNullable(stored.get(responseId));
    }

    @Override
    public List<CampaignMember> findByLead(String leadId) {
        return stored.values().stream().filter(member -> member.response().leadId().equals(leadId)).toList();
    }

    @Override
    public Map<String, CampaignMember> findAll(Collection<String> responseIds) {
        operations.add("find members");
        Map<String, CampaignMember> found = new LinkedHashMap<>();
        responseIds.stream().filter(stored::containsKey).forEach(id -> found.put(id, stored.get(id)));
        return found;
    }

    @Override
    public Set<String> insert(List<CampaignMember> members) {
        operations.add("insert members");
        beforeInsert.run();
        Set<String> duplicates = new LinkedHashSet<>();
        for (CampaignMember member : members) {
            if (stored.putIfAbsent(member.responseId(), member) != null) {
                duplicates.add(member.responseId());
            }
        }
        return duplicates;
    }

    @Override
    public void markActivationsPublished(Collection<String> responseIds) {
        operations.add("mark members published");
        responseIds.forEach(id -> stored.computeIfPresent(id, (key, member) -> member.published()));
    }

    @Override
    public void closeFunnels(Map<String, FunnelClosure> closures) {
        operations.add("close members");
        closures.forEach((id, closure) -> stored.computeIfPresent(id, (key, member) -> member.closed(closure)));
    }

    @Override
    public void recordFirstOwners(Map<String, FirstOwner> firstOwners) {
        operations.add("record first owners");
        firstOwners.forEach((id, first) -> stored.computeIfPresent(id, (key, member) -> member.withFirstOwner(first)));
    }

    @Override
    public void recordReactivations(List<CampaignMember> reactivated) {
        operations.add("reactivate members");
        // As MongoDB: everything but the first owner, which the assignments' consumer sets.
        reactivated.forEach(member -> stored.computeIfPresent(member.responseId(), (key, before) -> new CampaignMember(
                before.response(), member.responseStatus(), member.resolution(), member.activatedAt(),
                member.activationPublished(), member.closure(), before.firstOwner(), member.reactivation())));
    }
}
