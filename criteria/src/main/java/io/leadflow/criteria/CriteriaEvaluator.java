package io.leadflow.criteria;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Tests criteria against a lead, saying in words why they hold or not. Pure. */
public final class CriteriaEvaluator {

    private CriteriaEvaluator() {
    }

    /** Whether the criteria hold, and the conditions that decided it. */
    public record Outcome(boolean matched, String reason) {
    }

    public static Outcome evaluate(Criteria criteria, LeadFacts lead) {
        if (criteria.matchesEverything()) {
            return new Outcome(true, "it matches every lead");
        }
        List<Outcome> parts = new ArrayList<>();
        criteria.conditions().forEach(condition -> parts.add(evaluate(condition, lead)));
        criteria.groups().forEach(group -> parts.add(parenthesized(evaluate(group, lead))));
        boolean all = criteria.effectiveMatch() == Match.ALL;
        boolean matched = all ? parts.stream().allMatch(Outcome::matched) : parts.stream().anyMatch(Outcome::matched);
        // An AND is explained by all its parts when it holds and by the first failing one when not; an OR the other way round.
        List<String> deciding = matched == all
                ? parts.stream().map(Outcome::reason).toList()
                : parts.stream().filter(part -> part.matched() == matched).limit(1).map(Outcome::reason).toList();
        return new Outcome(matched, String.join(" and ", deciding));
    }

    public static Outcome evaluate(Condition condition, LeadFacts lead) {
        List<String> actual = lead.valuesOf(condition.field());
        boolean holds = holds(condition, actual);
        return new Outcome(holds, describe(condition, actual, holds));
    }

    private static Outcome parenthesized(Outcome outcome) {
        return new Outcome(outcome.matched(), "(" + outcome.reason() + ")");
    }

    private static boolean holds(Condition condition, List<String> actual) {
        List<String> expected = condition.values();
        return switch (condition.operator()) {
            case IN -> actual.stream().anyMatch(value -> containsIgnoringCase(expected, value));
            case NOT_IN -> actual.stream().noneMatch(value -> containsIgnoringCase(expected, value));
            case BETWEEN -> number(actual).filter(n -> atLeast(n, expected.get(0)) && atMost(n, expected.get(1)))
                    .isPresent();
            case AT_LEAST -> number(actual).filter(n -> atLeast(n, expected.get(0))).isPresent();
            case AT_MOST -> number(actual).filter(n -> atMost(n, expected.get(0))).isPresent();
            case MATCHES -> actual.stream().anyMatch(value -> expected.stream()
                    .anyMatch(pattern -> glob(pattern).matcher(value.trim()).matches()));
            case CONTAINS_ALL -> expected.stream().allMatch(value -> containsIgnoringCase(actual, value));
            case PRESENT -> !actual.isEmpty();
            case ABSENT -> actual.isEmpty();
        };
    }

    private static String describe(Condition condition, List<String> actual, boolean holds) {
        String field = condition.field();
        String is = holds ? " is " : " is not ";
        String values = String.join(", ", condition.values());
        if (actual.isEmpty() && condition.operator() != Operator.ABSENT && condition.operator() != Operator.PRESENT) {
            return field + " is missing" + (holds ? "" : ", so it is not " + expectation(condition));
        }
        String shown = actual.size() == 1 ? actual.get(0) : "[" + String.join(", ", actual) + "]";
        return switch (condition.operator()) {
            case PRESENT -> field + (holds ? " is present (" + shown + ")" : " is missing");
            case ABSENT -> field + (holds ? " is missing" : " is present (" + shown + ")");
            case CONTAINS_ALL -> field + " " + shown + (holds ? " contain" : " do not contain") + " all of [" + values + "]";
            default -> field + " " + shown + is + expectation(condition);
        };
    }

    /** What a condition expects, in words, e.g. "in [US, CA]" or "between 100 and 999". */
    public static String expectation(Condition condition) {
        List<String> values = condition.values();
        return switch (condition.operator()) {
            case IN -> "in [" + String.join(", ", values) + "]";
            case NOT_IN -> "outside [" + String.join(", ", values) + "]";
            case BETWEEN -> "between " + values.get(0) + " and " + values.get(1);
            case AT_LEAST -> "at least " + values.get(0);
            case AT_MOST -> "at most " + values.get(0);
            case MATCHES -> "matching " + String.join(" or ", values);
            case CONTAINS_ALL -> "containing all of [" + String.join(", ", values) + "]";
            case PRESENT -> "present";
            case ABSENT -> "missing";
        };
    }

    private static boolean containsIgnoringCase(List<String> values, String value) {
        String wanted = value.trim();
        return values.stream().anyMatch(candidate -> candidate != null && candidate.trim().equalsIgnoreCase(wanted));
    }

    private static Optional<BigDecimal> number(List<String> actual) {
        if (actual.size() != 1) {
            return Optional.empty();
        }
        return parse(actual.get(0));
    }

    private static boolean atLeast(BigDecimal number, String bound) {
        return parse(bound).filter(min -> number.compareTo(min) >= 0).isPresent();
    }

    private static boolean atMost(BigDecimal number, String bound) {
        return parse(bound).filter(max -> number.compareTo(max) <= 0).isPresent();
    }

    static Optional<BigDecimal> parse(String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(new BigDecimal(text.trim()));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    /** A glob as a case-insensitive regular expression: {@code *} any run of characters, {@code ?} one. */
    static Pattern glob(String glob) {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (char c : glob.trim().toCharArray()) {
            if (c == '*' || c == '?') {
                if (!literal.isEmpty()) {
                    regex.append(Pattern.quote(literal.toString()));
                    literal.setLength(0);
                }
                regex.append(c == '*' ? ".*" : ".");
            } else {
                literal.append(c);
            }
        }
        if (!literal.isEmpty()) {
            regex.append(Pattern.quote(literal.toString()));
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
    }
}
