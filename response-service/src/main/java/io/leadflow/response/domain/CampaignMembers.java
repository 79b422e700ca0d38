package io.leadflow.response.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where campaign members are kept; every write is a single-document conditional update. */
public interface CampaignMembers {

    Optional<CampaignMember> find(String responseId);

    /** The lead's campaign members, the most recent response first. */
    List<CampaignMember> findByLead(String leadId);

    /** Stores a new campaign member; fails if one with the same response id exists. */
    void insert(CampaignMember member);

    void markActivationPublished(String responseId);

    /**
     * Closes the lead's active responses that were created at or before {@code respondedUpTo}.
     *
     * @return the ids of every response {@code closure} has closed, in this call or an earlier delivery
     */
    List<String> closeActiveResponses(String leadId, Instant respondedUpTo, FunnelClosure closure);

    /** Sets the first-owner metrics unless the campaign member already has them. */
    void recordFirstOwnerIfUnset(String responseId, FirstOwner firstOwner);
}
