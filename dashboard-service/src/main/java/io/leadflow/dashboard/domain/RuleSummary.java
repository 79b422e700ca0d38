package io.leadflow.dashboard.domain;

import java.util.List;

/**
 * A distribution rule's day.
 *
 * @param method how the rule picks (ROUND_ROBIN, WEIGHTED, LOAD_BALANCED), from its latest pick of its own; null
 *     when it made none today (only reassignments of its offers were seen)
 * @param members the rule's members in its order (as its latest explanation listed them), then anyone else it
 *     gave a lead today, each with today's count
 */
public record RuleSummary(String rule, String method, List<MemberCount> members) {

    public RuleSummary {
        members = List.copyOf(members);
    }

    public record MemberCount(Person member, long assignedToday) {
    }
}
