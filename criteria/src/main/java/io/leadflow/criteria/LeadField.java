package io.leadflow.criteria;

import java.util.Arrays;
import java.util.Optional;

/**
 * The lead attributes conditions can test, by the name a condition uses. Any further attribute the lead carries
 * in its {@code custom} map is {@code custom.<name>}. What a field's values are for a lead is the caller's to say
 * ({@link LeadFacts}): {@code region} depends on the territories a service defines, {@code campaignId} on what
 * the lead is being considered for.
 */
public enum LeadField {
    COMPANY_SIZE("companySize", true),
    SCORE("score", true),
    COUNTRY("country", false),
    STATE("state", false),
    REGION("region", false),
    COMPANY("company", false),
    INDUSTRY("industry", false),
    TAGS("tags", false),
    TITLE("title", false),
    STATUS("status", false),
    EMAIL("email", false),
    EMAIL_DOMAIN("emailDomain", false),
    CAMPAIGN_ID("campaignId", false);

    public static final String CUSTOM_PREFIX = "custom.";

    private final String fieldName;
    private final boolean numeric;

    LeadField(String fieldName, boolean numeric) {
        this.fieldName = fieldName;
        this.numeric = numeric;
    }

    public String fieldName() {
        return fieldName;
    }

    public static Optional<LeadField> named(String name) {
        return Arrays.stream(values()).filter(field -> field.fieldName.equals(name)).findFirst();
    }

    /** Whether a condition may name {@code name}. */
    public static boolean isKnown(String name) {
        return name != null && (named(name).isPresent()
                || name.startsWith(CUSTOM_PREFIX) && name.length() > CUSTOM_PREFIX.length());
    }

    /** Whether {@code name} holds numbers (so BETWEEN, AT_LEAST and AT_MOST apply to it). */
    public static boolean isNumeric(String name) {
        return named(name).map(field -> field.numeric).orElse(false);
    }

    /** Whether {@code name} may hold several values (so CONTAINS_ALL applies to it). */
    public static boolean isMultiValued(String name) {
        return TAGS.fieldName.equals(name) || REGION.fieldName.equals(name);
    }
}
