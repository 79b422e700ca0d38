package io.leadflow.criteria;

/** How a condition compares a lead attribute with the condition's values. Text compares ignoring case. */
public enum Operator {
    /** One of the lead's values (a multi-valued attribute such as tags: any of them) is one of the values. */
    IN,
    /** None of the lead's values is one of the values; true when the attribute is missing. */
    NOT_IN,
    /** A number between the two values, both included. */
    BETWEEN,
    /** A number at least the one value. */
    AT_LEAST,
    /** A number at most the one value. */
    AT_MOST,
    /** Text matching one of the patterns, where {@code *} is any run of characters and {@code ?} one character. */
    MATCHES,
    /** Every value is among the lead's values (e.g. all of the tags). */
    CONTAINS_ALL,
    /** The attribute has a value. */
    PRESENT,
    /** The attribute has no value. */
    ABSENT
}
