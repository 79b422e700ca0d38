package io.leadflow.response.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where campaign members are kept. The batch methods read and write by response id only, each in one call
 * for the whole batch, so their cost does not grow with the number of members stored.
 */
public interface CampaignMembers {

    Optional<CampaignMember> find(String responseId);

    /** The lead's campaign members, the most recent response first (for people, not the hot path). */
    List<CampaignMember> findByLead(String leadId);

    /** The stored members among these response ids, by response id; the others are absent. */
    Map<String, CampaignMember> findAll(Collection<String> responseIds);

    /**
     * Stores new campaign members, every one that is not stored yet.
     *
     * @return the response ids that were already stored: someone else decided them first
     */
    Set<String> insert(List<CampaignMember> members);

    void markActivationsPublished(Collection<String> responseIds);

    /** Closes the funnels of these members (response id to closure). */
    void closeFunnels(Map<String, FunnelClosure> closures);

    /** Sets the first-owner metrics of these members (response id to metrics). */
    void recordFirstOwners(Map<String, FirstOwner> firstOwners);

    /**
     * Stores these members as reactivated: their status, resolution, activation, cleared closure and reactivation,
     * and nothing else (their first owner stays as the assignments' consumer set it).
     */
    void recordReactivations(List<CampaignMember> reactivated);
}
