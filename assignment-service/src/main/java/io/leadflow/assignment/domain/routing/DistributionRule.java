package io.leadflow.assignment.domain.routing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A named pool of users with the method that picks who gets the next lead.
 *
 * @param members in order: the round-robin order, and the tie-breaker of the other methods
 * @param capPeriod what the members' caps count over (null: DAY)
 * @param overflow where a lead goes when every member is away or full (null: it stays unassigned, with the
 *     reason recorded)
 * @param loadMeasure what a LOAD_BALANCED rule compares (null: open leads); other methods ignore it
 * @param acknowledgement the acknowledgement SLA of the leads this rule gives its members (null: the assignment
 *     rule's or the configuration's, if any)
 */
public record DistributionRule(String name, DistributionMethod method, List<Member> members, CapPeriod capPeriod,
        Target overflow, LoadMeasure loadMeasure, Acknowledgement acknowledgement) {

    public DistributionRule {
        members = members == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(members));
    }

    /** A rule that, if load balanced, compares open leads, and has no acknowledgement SLA of its own. */
    public DistributionRule(String name, DistributionMethod method, List<Member> members, CapPeriod capPeriod,
            Target overflow) {
        this(name, method, members, capPeriod, overflow, null, null);
    }

    /** A rule without an acknowledgement SLA of its own. */
    public DistributionRule(String name, DistributionMethod method, List<Member> members, CapPeriod capPeriod,
            Target overflow, LoadMeasure loadMeasure) {
        this(name, method, members, capPeriod, overflow, loadMeasure, null);
    }

    public LoadMeasure effectiveLoadMeasure() {
        return loadMeasure == null ? LoadMeasure.OPEN_LEADS : loadMeasure;
    }

    public CapPeriod effectiveCapPeriod() {
        return capPeriod == null ? CapPeriod.DAY : capPeriod;
    }
}
