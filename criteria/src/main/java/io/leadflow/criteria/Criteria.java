package io.leadflow.criteria;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Conditions combined with AND ({@link Match#ALL}) or OR ({@link Match#ANY}), with nested groups for mixed
 * logic, e.g. {@code country IN [US] AND (companySize AT_LEAST 1000 OR tags IN [strategic])}. Criteria
 * without conditions or groups match every lead.
 *
 * @param match null means ALL
 */
public record Criteria(Match match, List<Condition> conditions, List<Criteria> groups) {

    public Criteria {
        conditions = copy(conditions);
        groups = copy(groups);
    }

    public static Criteria all(Condition... conditions) {
        return new Criteria(Match.ALL, List.of(conditions), List.of());
    }

    public static Criteria any(Condition... conditions) {
        return new Criteria(Match.ANY, List.of(conditions), List.of());
    }

    public Criteria with(Criteria group) {
        List<Criteria> more = new ArrayList<>(groups);
        more.add(group);
        return new Criteria(match, conditions, more);
    }

    public Match effectiveMatch() {
        return match == null ? Match.ALL : match;
    }

    public boolean matchesEverything() {
        return conditions.isEmpty() && groups.isEmpty();
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
