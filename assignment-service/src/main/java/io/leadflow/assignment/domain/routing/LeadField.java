package io.leadflow.assignment.domain.routing;

import io.leadflow.assignment.domain.LeadAttributes;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The lead attributes assignment rules can test, by the name a condition uses. Any further attribute the
 * lead carries in its {@code custom} map is {@code custom.<name>}.
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

    /** The values of attribute {@code name} for the subject; empty when it has none. */
    public static List<String> valuesOf(String name, RoutingSubject subject, List<Region> regions) {
        LeadAttributes attributes = subject.lead().attributes();
        if (name.startsWith(CUSTOM_PREFIX)) {
            return present(attributes.custom().get(name.substring(CUSTOM_PREFIX.length())));
        }
        LeadField field = named(name).orElseThrow(() -> new IllegalArgumentException("unknown field " + name));
        return switch (field) {
            case COMPANY_SIZE -> present(attributes.companySize());
            case SCORE -> present(subject.lead().score());
            case COUNTRY -> present(attributes.country());
            case STATE -> present(attributes.state());
            case REGION -> regions.stream()
                    .filter(region -> region.contains(attributes.country(), attributes.state()))
                    .map(Region::name).toList();
            case COMPANY -> present(attributes.company());
            case INDUSTRY -> present(attributes.industry());
            case TAGS -> attributes.tags();
            case TITLE -> present(attributes.title());
            case STATUS -> present(subject.lead().status());
            case EMAIL -> present(attributes.email());
            case EMAIL_DOMAIN -> present(domainOf(attributes.email()));
            case CAMPAIGN_ID -> present(subject.campaignId());
        };
    }

    private static String domainOf(String email) {
        if (email == null || email.indexOf('@') < 0) {
            return null;
        }
        return email.substring(email.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
    }

    private static List<String> present(Object value) {
        return Stream.ofNullable(value).map(String::valueOf).filter(text -> !text.isBlank()).toList();
    }
}
