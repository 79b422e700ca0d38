package io.leadflow.criteria;

import java.util.ArrayList;
import java.util.List;

/**
 * Criteria written the way operators write them, e.g. {@code country IN [US] AND (score AT_LEAST [80] OR tags IN
 * [vip])}: each condition as its JSON reads (field, operator, values).
 */
public final class CriteriaText {

    private CriteriaText() {
    }

    /** The criteria in one line; criteria without conditions read "every lead". */
    public static String of(Criteria criteria) {
        if (criteria.matchesEverything()) {
            return "every lead";
        }
        List<String> parts = new ArrayList<>();
        criteria.conditions().forEach(condition -> parts.add(of(condition)));
        criteria.groups().forEach(group -> parts.add("(" + of(group) + ")"));
        return String.join(criteria.effectiveMatch() == Match.ALL ? " AND " : " OR ", parts);
    }

    /** One condition, e.g. {@code companySize BETWEEN [100, 999]} or {@code email PRESENT}. */
    public static String of(Condition condition) {
        String test = condition.field() + " " + condition.operator();
        return condition.values().isEmpty() ? test : test + " [" + String.join(", ", condition.values()) + "]";
    }
}
