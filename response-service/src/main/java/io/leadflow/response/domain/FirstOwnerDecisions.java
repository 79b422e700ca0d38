package io.leadflow.response.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which assignments of a batch set first-owner metrics, decided in order against the campaign members read for
 * the batch: the first assignment of a response sets them, and every later one (in the batch or after it,
 * a reassignment or a redelivery) leaves them. An assignment of a response the service does not know for that
 * lead is rejected. Pure: it reads and writes nothing.
 */
public final class FirstOwnerDecisions {

    private final Map<String, FirstOwner> firstOwners;
    private final List<Rejected<LeadAssignment>> rejected;

    private FirstOwnerDecisions(Map<String, FirstOwner> firstOwners, List<Rejected<LeadAssignment>> rejected) {
        this.firstOwners = firstOwners;
        this.rejected = rejected;
    }

    /** @param members the stored campaign members of the assignments' responses, by response id */
    public static FirstOwnerDecisions decide(List<LeadAssignment> assignments, Map<String, CampaignMember> members) {
        Map<String, FirstOwner> firstOwners = new LinkedHashMap<>();
        List<Rejected<LeadAssignment>> rejected = new ArrayList<>();
        for (LeadAssignment assignment : assignments) {
            CampaignMember member = members.get(assignment.responseId());
            if (member == null || !member.response().leadId().equals(assignment.leadId())) {
                rejected.add(new Rejected<>(assignment, "no campaign member " + assignment.responseId()
                        + " for lead " + assignment.leadId()));
            } else if (member.firstOwner() == null && !firstOwners.containsKey(assignment.responseId())) {
                firstOwners.put(assignment.responseId(), assignment.asFirstOwner());
            }
        }
        return new FirstOwnerDecisions(firstOwners, rejected);
    }

    /** The metrics to set, by response id. */
    public Map<String, FirstOwner> firstOwners() {
        return firstOwners;
    }

    public List<Rejected<LeadAssignment>> rejected() {
        return rejected;
    }
}
