package io.leadflow.criteria;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One test of a lead attribute, e.g. {@code companySize BETWEEN [100, 999]} or {@code country IN [US, CA]}.
 *
 * @param field a {@link LeadField} name, or {@code custom.<name>} for any further attribute the lead carries
 */
public record Condition(String field, Operator operator, List<String> values) {

    public Condition {
        values = values == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(values));
    }

    public static Condition of(String field, Operator operator, String... values) {
        return new Condition(field, operator, List.of(values));
    }
}
