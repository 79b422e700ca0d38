package io.leadflow.assignment.domain.routing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A user leads can be routed to, with what makes them available.
 *
 * @param id the CRM user id
 * @param timeZone IANA zone of the user (null: UTC); working hours, absences and cap periods are in it
 * @param workingHours null: always working
 * @param paused an operator took the user out of distribution for now (null: not paused)
 * @param absences out-of-office periods
 * @param rating how good the user is at converting leads (e.g. from a rating system); candidate queries filter and
 *     rank by it (null: unrated)
 * @param tier the user's category, e.g. Bronze, Silver or Gold (null: none)
 * @param tags labels candidate queries filter on, e.g. lead-manager
 * @param attributes further custom attributes, by name ({@code custom.<name>} in candidate queries)
 */
public record RoutingUser(String id, String name, String timeZone, WorkingHours workingHours, Boolean paused,
        List<Absence> absences, Double rating, String tier, List<String> tags, Map<String, String> attributes) {

    public RoutingUser {
        absences = absences == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(absences));
        tags = tags == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(tags));
        attributes = attributes == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    /** A user with availability only: no rating, tier, tags or custom attributes. */
    public RoutingUser(String id, String name, String timeZone, WorkingHours workingHours, Boolean paused,
            List<Absence> absences) {
        this(id, name, timeZone, workingHours, paused, absences, null, null, List.of(), Map.of());
    }

    public static RoutingUser available(String id, String name) {
        return new RoutingUser(id, name, null, null, false, List.of());
    }

    public ZoneId zone() {
        return timeZone == null ? ZoneOffset.UTC : ZoneId.of(timeZone);
    }

    public LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, zone());
    }

    /** Why the user cannot take a lead at {@code now}; empty when they can. */
    public Optional<Unavailability> unavailability(Instant now) {
        if (Boolean.TRUE.equals(paused)) {
            return Optional.of(new Unavailability(CandidateVerdict.PAUSED, "paused"));
        }
        LocalDate today = today(now);
        for (Absence absence : absences) {
            if (absence.covers(today)) {
                return Optional.of(new Unavailability(CandidateVerdict.OUT_OF_OFFICE,
                        "out of office until " + absence.until()));
            }
        }
        LocalDateTime local = LocalDateTime.ofInstant(now, zone());
        if (workingHours != null && !workingHours.includes(local)) {
            return Optional.of(new Unavailability(CandidateVerdict.OUTSIDE_WORKING_HOURS,
                    "outside working hours " + workingHours.describe() + " " + zone().getId() + " (it is "
                            + local.getDayOfWeek().name().substring(0, 3) + " " + local.toLocalTime().withNano(0)
                            + " there)"));
        }
        return Optional.empty();
    }

    public String label() {
        return name == null ? id : name;
    }

    /** Why a user is skipped. */
    public record Unavailability(CandidateVerdict verdict, String detail) {
    }
}
