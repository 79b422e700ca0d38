package io.leadflow.assignment.domain.routing;

import static io.leadflow.assignment.domain.routing.Findings.isBlank;

import io.leadflow.assignment.domain.routing.Findings.Entry;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/** Checks that the conditions of an assignment rule's criteria can be evaluated, and mean what they say. */
final class ConditionChecks {

    private static final String KNOWN_FIELDS = Arrays.stream(LeadField.values()).map(LeadField::fieldName)
            .collect(Collectors.joining(", ")) + " or " + LeadField.CUSTOM_PREFIX + "<name>";

    private final Findings findings;
    private final List<String> regionNames;

    ConditionChecks(RoutingConfiguration configuration, Findings findings) {
        this.findings = findings;
        this.regionNames = configuration.regions().stream().filter(Objects::nonNull).map(Region::name)
                .filter(name -> !isBlank(name)).toList();
    }

    /** Checks the criteria at {@code path} (a rule's {@code criteria} or one of their groups), nested groups too. */
    void check(String path, Criteria criteria, String rule) {
        for (Entry<Condition> condition : findings.entries(path + ".conditions", criteria.conditions(),
                rule + " has an empty condition; remove it or fill it in.")) {
            check(condition, rule);
        }
        for (Entry<Criteria> group : findings.entries(path + ".groups", criteria.groups(),
                rule + " has an empty group; remove it or fill it in.")) {
            check(group.path(), group.value(), rule);
        }
    }

    private void check(Entry<Condition> entry, String rule) {
        Condition condition = entry.value();
        String field = condition.field();
        Operator operator = condition.operator();
        if (!LeadField.isKnown(field)) {
            findings.error(entry.path("field"), rule + (isBlank(field) ? " has a condition without a field"
                    : " tests the unknown field '" + field + "'") + "; use one of " + KNOWN_FIELDS + ".");
        }
        if (operator == null) {
            findings.error(entry.path("operator"), rule + " has a condition" + (isBlank(field) ? "" : " on " + field)
                    + " without an operator; use one of " + Arrays.stream(Operator.values()).map(Operator::name)
                            .collect(Collectors.joining(", ")) + ".");
            return;
        }
        String tested = rule + " tests " + field + " " + operator;
        String emptyValue = tested + " with an empty value; remove it or fill it in.";
        List<Entry<String>> values = new ArrayList<>();
        for (Entry<String> value : findings.entries(entry.path("values"), condition.values(), emptyValue)) {
            if (value.value().isBlank()) {
                findings.error(value.path(), emptyValue);
            } else {
                values.add(value);
            }
        }
        checkValueCount(entry.path("values"), condition, tested);
        if (LeadField.isKnown(field)) {
            checkFieldFits(entry.path("operator"), field, operator, tested);
        }
        if (isNumeric(operator)) {
            checkNumbers(entry.path("values"), values, condition, tested);
        }
        if (LeadField.REGION.fieldName().equals(field) && operator != Operator.MATCHES) {
            values.forEach(value -> checkRegion(value, rule));
        }
    }

    private void checkValueCount(String path, Condition condition, String tested) {
        int count = condition.values().size();
        switch (condition.operator()) {
            case IN, NOT_IN, MATCHES, CONTAINS_ALL -> {
                if (count == 0) {
                    findings.error(path, tested + " without values; give at least one value.");
                }
            }
            case BETWEEN -> {
                if (count != 2) {
                    findings.error(path, tested + " " + withValues(count) + "; give exactly two, the minimum and"
                            + " the maximum.");
                }
            }
            case AT_LEAST, AT_MOST -> {
                if (count != 1) {
                    findings.error(path, tested + " " + withValues(count) + "; give exactly one.");
                }
            }
            case PRESENT, ABSENT -> {
                if (count != 0) {
                    findings.error(path, tested + " with values, but " + condition.operator()
                            + " takes none; remove them.");
                }
            }
        }
    }

    private void checkFieldFits(String path, String field, Operator operator, String tested) {
        // Custom attributes may hold numbers: only the standard text fields are known not to.
        if (isNumeric(operator) && LeadField.named(field).isPresent() && !LeadField.isNumeric(field)) {
            findings.error(path, tested + ", but " + field + " is not a number; use " + operator
                    + " on companySize, score or a custom field, or another operator.");
        }
        if (operator == Operator.CONTAINS_ALL && !LeadField.isMultiValued(field)) {
            findings.error(path, tested + ", but a lead has only one " + field + "; use IN, or CONTAINS_ALL on"
                    + " tags or region.");
        }
    }

    private void checkNumbers(String path, List<Entry<String>> values, Condition condition, String tested) {
        for (Entry<String> value : values) {
            if (CriteriaEvaluator.parse(value.value()).isEmpty()) {
                findings.error(value.path(), tested + " '" + value.value() + "', which is not a number; give a"
                        + " number such as 1000.");
            }
        }
        if (condition.operator() == Operator.BETWEEN && condition.values().size() == 2) {
            Optional<BigDecimal> min = CriteriaEvaluator.parse(condition.values().get(0));
            Optional<BigDecimal> max = CriteriaEvaluator.parse(condition.values().get(1));
            if (min.isPresent() && max.isPresent() && min.get().compareTo(max.get()) > 0) {
                findings.error(path, tested + " " + condition.values().get(0) + " and " + condition.values().get(1)
                        + ", but the minimum is above the maximum, so no lead matches; put the minimum first.");
            }
        }
    }

    private void checkRegion(Entry<String> value, String rule) {
        String name = value.value().trim();
        if (regionNames.stream().noneMatch(known -> known.trim().equalsIgnoreCase(name))) {
            findings.error(value.path(), rule + " tests region '" + name + "', which is not defined; "
                    + (regionNames.isEmpty() ? "no regions are defined, so define it under regions."
                            : "define it under regions or use one of " + String.join(", ", regionNames) + "."));
        }
    }

    private static String withValues(int count) {
        return count == 0 ? "without values" : count == 1 ? "with one value" : "with " + count + " values";
    }

    private static boolean isNumeric(Operator operator) {
        return operator == Operator.BETWEEN || operator == Operator.AT_LEAST || operator == Operator.AT_MOST;
    }
}
