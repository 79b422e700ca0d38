package io.leadflow.notification.domain;

import io.leadflow.platform.events.InvalidEventException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** How every message says the same things: a lead's name, a sentence, a time and a span of time. */
final class Facts {

    /** A time as a person reads it, always in UTC: the reader's zone is not known. */
    private static final DateTimeFormatter READABLE =
            DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private Facts() {
    }

    /**
     * Refuses a fact that names no event, no lead or nobody to tell ({@code role}: "owner", "candidate"): such an
     * event goes to its dead-letter topic with this reason.
     */
    static void requireRecipient(String triggerEvent, String eventId, String leadId, Recipient recipient,
            String role) {
        if (isBlank(eventId) || isBlank(leadId)) {
            throw new InvalidEventException(triggerEvent + " event has no event id or no lead id");
        }
        if (isBlank(recipient.id())) {
            throw new InvalidEventException(triggerEvent + " event " + eventId + " for lead " + leadId
                    + " has no " + role + " id: nobody to notify");
        }
    }

    /** The person's name, else their email, else the lead id: always something the reader can look up. */
    static String leadName(LeadFacts lead, String leadId) {
        String fullName = Stream.of(lead.firstName(), lead.lastName())
                .filter(Facts::present)
                .map(String::strip)
                .collect(Collectors.joining(" "));
        if (!fullName.isEmpty()) {
            return fullName;
        }
        return present(lead.email()) ? lead.email() : "Lead " + leadId;
    }

    /** The lead's name and, when known, its company in brackets, e.g. {@code Dana Reyes (Acme Corp)}. */
    static String leadHeadline(LeadFacts lead, String leadId) {
        return leadName(lead, leadId) + (present(lead.company()) ? " (" + lead.company() + ")" : "");
    }

    /** The lead's name and what else is known of it, e.g. {@code Dana Reyes (VP Operations, Acme Corp, US)}. */
    static String leadWithDetails(LeadFacts lead, String leadId) {
        String details = Stream.of(lead.title(), lead.company(), lead.country())
                .filter(Facts::present)
                .collect(Collectors.joining(", "));
        return leadName(lead, leadId) + (details.isEmpty() ? "" : " (" + details + ")");
    }

    /** E.g. {@code Tue 3 Nov 2026, 09:30 UTC}. */
    static String readable(Instant instant) {
        return READABLE.format(instant);
    }

    /** E.g. {@code 15 minutes}, {@code 1 hour 30 minutes}; {@code 0 seconds} for a span that is not positive. */
    static String span(Duration duration) {
        if (duration.isNegative() || duration.isZero()) {
            return "0 seconds";
        }
        List<String> parts = new ArrayList<>();
        addPart(parts, duration.toDaysPart(), "day");
        addPart(parts, duration.toHoursPart(), "hour");
        addPart(parts, duration.toMinutesPart(), "minute");
        addPart(parts, duration.toSecondsPart(), "second");
        return parts.isEmpty() ? "less than a second" : String.join(" ", parts);
    }

    static String sentence(String text) {
        String stripped = text.strip();
        return stripped.endsWith(".") || stripped.endsWith("!") || stripped.endsWith("?") ? stripped : stripped + ".";
    }

    static boolean present(String value) {
        return Objects.nonNull(value) && !value.isBlank();
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static void addPart(List<String> parts, long amount, String unit) {
        if (amount > 0) {
            parts.add(amount + " " + unit + (amount == 1 ? "" : "s"));
        }
    }
}
