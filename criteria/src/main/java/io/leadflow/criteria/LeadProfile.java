package io.leadflow.criteria;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The values of a lead's fields, built from what a service knows about the lead. A field left unset has no
 * value (a condition sees it missing); {@code emailDomain} follows from {@code email}; a blank value counts as
 * missing. Immutable.
 */
public final class LeadProfile implements LeadFacts {

    private final Map<LeadField, List<String>> values;
    private final Map<String, String> custom;

    private LeadProfile(Map<LeadField, List<String>> values, Map<String, String> custom) {
        this.values = values;
        this.custom = custom;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public List<String> valuesOf(String field) {
        if (field != null && field.startsWith(LeadField.CUSTOM_PREFIX)) {
            return present(custom.get(field.substring(LeadField.CUSTOM_PREFIX.length())));
        }
        LeadField known = LeadField.named(field)
                .orElseThrow(() -> new IllegalArgumentException("unknown field " + field));
        return values.getOrDefault(known, List.of());
    }

    /** Collects a lead's values field by field. */
    public static final class Builder {

        private final Map<LeadField, List<String>> values = new EnumMap<>(LeadField.class);
        private Map<String, String> custom = Map.of();

        private Builder() {
        }

        public Builder companySize(Integer companySize) {
            return single(LeadField.COMPANY_SIZE, companySize);
        }

        public Builder score(Integer score) {
            return single(LeadField.SCORE, score);
        }

        public Builder country(String country) {
            return single(LeadField.COUNTRY, country);
        }

        public Builder state(String state) {
            return single(LeadField.STATE, state);
        }

        /** The names of the regions the lead is in, as the service that defines regions resolves them. */
        public Builder regions(List<String> regions) {
            return several(LeadField.REGION, regions);
        }

        public Builder company(String company) {
            return single(LeadField.COMPANY, company);
        }

        public Builder industry(String industry) {
            return single(LeadField.INDUSTRY, industry);
        }

        public Builder tags(List<String> tags) {
            return several(LeadField.TAGS, tags);
        }

        public Builder title(String title) {
            return single(LeadField.TITLE, title);
        }

        public Builder status(String status) {
            return single(LeadField.STATUS, status);
        }

        /** The email address, and with it {@code emailDomain}: what follows the last {@code @}, in lower case. */
        public Builder email(String email) {
            single(LeadField.EMAIL, email);
            return single(LeadField.EMAIL_DOMAIN, domainOf(email));
        }

        /** The campaign the lead is being considered for (the response's campaign), if any. */
        public Builder campaignId(String campaignId) {
            return single(LeadField.CAMPAIGN_ID, campaignId);
        }

        /** The further attributes, each a {@code custom.<name>} field. */
        public Builder custom(Map<String, String> custom) {
            this.custom = custom == null ? Map.of() : Map.copyOf(custom);
            return this;
        }

        public LeadProfile build() {
            return new LeadProfile(new EnumMap<>(values), custom);
        }

        private Builder single(LeadField field, Object value) {
            values.put(field, present(value));
            return this;
        }

        /** A multi-valued field keeps its values as given (blank ones too: they simply match nothing). */
        private Builder several(LeadField field, List<String> given) {
            values.put(field, given == null ? List.of() : given.stream().filter(Objects::nonNull).toList());
            return this;
        }
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
