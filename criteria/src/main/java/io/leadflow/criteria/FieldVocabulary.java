package io.leadflow.criteria;

import java.util.Optional;

/**
 * What a service adds to the language when it checks conditions: which fields its leads have, and what it knows
 * about their values that the language does not (e.g. which regions exist). {@link ConditionChecks} asks it.
 */
public interface FieldVocabulary {

    /** Every field of the language, any value the language accepts. */
    FieldVocabulary EVERY_FIELD = new FieldVocabulary() {
    };

    /** Whether conditions may test {@code field} here. */
    default boolean offers(LeadField field) {
        return true;
    }

    /**
     * Why {@code subject} (e.g. "Scenario 'Late score'") may not test {@code field}, a field this vocabulary does
     * not offer: a whole sentence saying what to do instead.
     */
    default String refusal(String subject, LeadField field) {
        return subject + " tests " + field.fieldName() + ", which is not available here; test another field.";
    }

    /**
     * What is wrong with {@code value}, a non-blank value of a condition of {@code subject} on {@code field} (an
     * offered field or a custom one), as a whole sentence saying what to do; empty when nothing is. The language's
     * own checks (how many values, numbers) are made anyway.
     */
    default Optional<String> valueProblem(String subject, String field, Operator operator, String value) {
        return Optional.empty();
    }
}
