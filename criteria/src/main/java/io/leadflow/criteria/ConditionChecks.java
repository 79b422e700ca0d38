package io.leadflow.criteria;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Checks that the conditions of criteria can be evaluated, and mean what they say. Every problem is reported with
 * the JSON path of the offending element and a sentence saying what to do; criteria that pass can be evaluated
 * ({@link CriteriaEvaluator}) and analysed ({@link CriteriaAnalysis}).
 */
public final class ConditionChecks {

    /** Where the checks report what they find. */
    @FunctionalInterface
    public interface Reporter {

        /**
         * @param path the JSON path of the offending element, e.g.
         *     {@code assignmentRules[0].criteria.conditions[1].values}
         * @param message what is wrong and what to do about it, for an operator
         */
        void error(String path, String message);
    }

    private final FieldVocabulary vocabulary;
    private final Reporter reporter;
    private final String knownFields;

    public ConditionChecks(FieldVocabulary vocabulary, Reporter reporter) {
        this.vocabulary = vocabulary;
        this.reporter = reporter;
        this.knownFields = Arrays.stream(LeadField.values()).filter(vocabulary::offers).map(LeadField::fieldName)
                .collect(Collectors.joining(", ")) + " or " + LeadField.CUSTOM_PREFIX + "<name>";
    }

    /**
     * Checks the criteria at {@code path} (e.g. a rule's {@code criteria}), nested groups too.
     *
     * @param subject what the criteria belong to, capitalized, as messages start: e.g. "Assignment rule 'EMEA'"
     */
    public void check(String path, Criteria criteria, String subject) {
        List<Entry<Condition>> conditions = entries(path + ".conditions", criteria.conditions(),
                subject + " has an empty condition; remove it or fill it in.");
        for (Entry<Condition> condition : conditions) {
            check(condition, subject);
        }
        for (Entry<Criteria> group : entries(path + ".groups", criteria.groups(),
                subject + " has an empty group; remove it or fill it in.")) {
            check(group.path(), group.value(), subject);
        }
    }

    /** An element of a list in the criteria, with its JSON path. */
    private record Entry<T>(String path, T value) {

        String path(String field) {
            return path + "." + field;
        }
    }

    private void check(Entry<Condition> entry, String subject) {
        Condition condition = entry.value();
        String field = condition.field();
        Operator operator = condition.operator();
        boolean offered = LeadField.isKnown(field) && LeadField.named(field).map(vocabulary::offers).orElse(true);
        if (!LeadField.isKnown(field)) {
            reporter.error(entry.path("field"), subject + (isBlank(field) ? " has a condition without a field"
                    : " tests the unknown field '" + field + "'") + "; use one of " + knownFields + ".");
        } else if (!offered) {
            reporter.error(entry.path("field"), vocabulary.refusal(subject, LeadField.named(field).orElseThrow()));
        }
        if (operator == null) {
            reporter.error(entry.path("operator"), subject + " has a condition" + (isBlank(field) ? "" : " on " + field)
                    + " without an operator; use one of " + Arrays.stream(Operator.values()).map(Operator::name)
                            .collect(Collectors.joining(", ")) + ".");
            return;
        }
        String tested = subject + " tests " + field + " " + operator;
        String emptyValue = tested + " with an empty value; remove it or fill it in.";
        List<Entry<String>> values = new ArrayList<>();
        for (Entry<String> value : entries(entry.path("values"), condition.values(), emptyValue)) {
            if (value.value().isBlank()) {
                reporter.error(value.path(), emptyValue);
            } else {
                values.add(value);
            }
        }
        checkValueCount(entry.path("values"), condition, tested);
        if (offered) {
            checkFieldFits(entry.path("operator"), field, operator, tested);
        }
        if (isNumeric(operator)) {
            checkNumbers(entry.path("values"), values, condition, tested);
        }
        if (offered) {
            values.forEach(value -> vocabulary.valueProblem(subject, field, operator, value.value())
                    .ifPresent(problem -> reporter.error(value.path(), problem)));
        }
    }

    private void checkValueCount(String path, Condition condition, String tested) {
        int count = condition.values().size();
        switch (condition.operator()) {
            case IN, NOT_IN, MATCHES, CONTAINS_ALL -> {
                if (count == 0) {
                    reporter.error(path, tested + " without values; give at least one value.");
                }
            }
            case BETWEEN -> {
                if (count != 2) {
                    reporter.error(path, tested + " " + withValues(count) + "; give exactly two, the minimum and"
                            + " the maximum.");
                }
            }
            case AT_LEAST, AT_MOST -> {
                if (count != 1) {
                    reporter.error(path, tested + " " + withValues(count) + "; give exactly one.");
                }
            }
            case PRESENT, ABSENT -> {
                if (count != 0) {
                    reporter.error(path, tested + " with values, but " + condition.operator()
                            + " takes none; remove them.");
                }
            }
        }
    }

    private void checkFieldFits(String path, String field, Operator operator, String tested) {
        // Custom attributes may hold numbers: only the standard text fields are known not to.
        if (isNumeric(operator) && LeadField.named(field).isPresent() && !LeadField.isNumeric(field)) {
            reporter.error(path, tested + ", but " + field + " is not a number; use " + operator
                    + " on companySize, score or a custom field, or another operator.");
        }
        if (operator == Operator.CONTAINS_ALL && !LeadField.isMultiValued(field)) {
            List<String> multiValued = Stream.of(LeadField.TAGS, LeadField.REGION).filter(vocabulary::offers)
                    .map(LeadField::fieldName).toList();
            reporter.error(path, tested + ", but a lead has only one " + field + "; use IN"
                    + (multiValued.isEmpty() ? "." : ", or CONTAINS_ALL on " + String.join(" or ", multiValued) + "."));
        }
    }

    private void checkNumbers(String path, List<Entry<String>> values, Condition condition, String tested) {
        for (Entry<String> value : values) {
            if (CriteriaEvaluator.parse(value.value()).isEmpty()) {
                reporter.error(value.path(), tested + " '" + value.value() + "', which is not a number; give a"
                        + " number such as 1000.");
            }
        }
        if (condition.operator() == Operator.BETWEEN && condition.values().size() == 2) {
            Optional<BigDecimal> min = CriteriaEvaluator.parse(condition.values().get(0));
            Optional<BigDecimal> max = CriteriaEvaluator.parse(condition.values().get(1));
            if (min.isPresent() && max.isPresent() && min.get().compareTo(max.get()) > 0) {
                reporter.error(path, tested + " " + condition.values().get(0) + " and " + condition.values().get(1)
                        + ", but the minimum is above the maximum, so no lead matches; put the minimum first.");
            }
        }
    }

    /**
     * The elements of a list with their paths. JSON may hold nulls in a list; each is reported with
     * {@code emptyMessage} and left out, so the checks that follow see only real elements.
     */
    private <T> List<Entry<T>> entries(String path, List<T> list, String emptyMessage) {
        List<Entry<T>> entries = new ArrayList<>();
        for (int index = 0; index < list.size(); index++) {
            String at = path + "[" + index + "]";
            if (list.get(index) == null) {
                reporter.error(at, emptyMessage);
            } else {
                entries.add(new Entry<>(at, list.get(index)));
            }
        }
        return entries;
    }

    private static String withValues(int count) {
        return count == 0 ? "without values" : count == 1 ? "with one value" : "with " + count + " values";
    }

    private static boolean isNumeric(Operator operator) {
        return operator == Operator.BETWEEN || operator == Operator.AT_LEAST || operator == Operator.AT_MOST;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
