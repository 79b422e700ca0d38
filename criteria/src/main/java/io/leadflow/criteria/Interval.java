package io.leadflow.criteria;

import java.math.BigDecimal;

/** The numbers allowed by numeric conditions, both bounds included; a null bound is open. */
record Interval(BigDecimal min, BigDecimal max) {

    /** The interval of a BETWEEN, AT_LEAST or AT_MOST condition whose values were checked to be numbers. */
    static Interval of(Condition condition) {
        return switch (condition.operator()) {
            case BETWEEN -> new Interval(number(condition, 0), number(condition, 1));
            case AT_LEAST -> new Interval(number(condition, 0), null);
            case AT_MOST -> new Interval(null, number(condition, 0));
            default -> throw new IllegalArgumentException(condition + " is not a numeric condition");
        };
    }

    Interval intersect(Interval other) {
        return new Interval(bound(min, other.min, 1), bound(max, other.max, -1));
    }

    boolean isEmpty() {
        return min != null && max != null && min.compareTo(max) > 0;
    }

    boolean contains(Interval inner) {
        return (min == null || inner.min != null && inner.min.compareTo(min) >= 0)
                && (max == null || inner.max != null && inner.max.compareTo(max) <= 0);
    }

    private static BigDecimal number(Condition condition, int index) {
        return CriteriaEvaluator.parse(condition.values().get(index)).orElseThrow();
    }

    /** The tighter of two bounds: the greater of two minimums ({@code sign} 1) or the lesser of two maximums (-1). */
    private static BigDecimal bound(BigDecimal one, BigDecimal other, int sign) {
        if (one == null || other == null) {
            return one == null ? other : one;
        }
        return one.compareTo(other) * sign >= 0 ? one : other;
    }
}
