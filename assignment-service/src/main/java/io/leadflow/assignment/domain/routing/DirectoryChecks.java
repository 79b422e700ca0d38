package io.leadflow.assignment.domain.routing;

import static io.leadflow.assignment.domain.routing.Findings.capitalized;
import static io.leadflow.assignment.domain.routing.Findings.isBlank;
import static io.leadflow.assignment.domain.routing.Findings.label;

import io.leadflow.assignment.domain.routing.Findings.Entry;
import io.leadflow.criteria.ValueSpace;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;

/** Checks what targets and rules refer to: the users with their availability, the queues and the regions. */
final class DirectoryChecks {

    /** An ISO country code, optionally with a state code: DE, US-CA. */
    private static final Pattern PLACE = Pattern.compile("[A-Za-z]{2}(-[A-Za-z0-9]{1,3})?");

    private final RoutingConfiguration configuration;
    private final Findings findings;

    DirectoryChecks(RoutingConfiguration configuration, Findings findings) {
        this.configuration = configuration;
        this.findings = findings;
    }

    void check() {
        checkUsers();
        checkQueues();
        checkRegions();
    }

    private void checkUsers() {
        List<Entry<RoutingUser>> users = findings.entries("users", configuration.users(),
                "This user entry is empty; remove it or fill it in.");
        findings.unique(users, "id", RoutingUser::id, (user, first) -> "User id '" + user.id()
                + "' is used twice (first at " + first + "); remove the duplicate or give it its own id.");
        for (Entry<RoutingUser> entry : users) {
            RoutingUser user = entry.value();
            String label = capitalized(label("user", user.id(), entry.path()));
            if (isBlank(user.id())) {
                findings.error(entry.path("id"), (user.name() == null ? "A user" : "User " + user.name())
                        + " has no id; give it the CRM user id.");
            }
            if (user.timeZone() != null && !isZone(user.timeZone())) {
                findings.error(entry.path("timeZone"), label + " has the time zone '" + user.timeZone()
                        + "', which does not exist; use an IANA time zone such as Europe/Berlin or America/New_York.");
            }
            if (user.workingHours() != null) {
                checkWorkingHours(entry.path("workingHours"), user.workingHours(), label);
            }
            for (Entry<Absence> absence : findings.entries(entry.path("absences"), user.absences(),
                    label + " has an empty absence entry; remove it or fill it in.")) {
                checkAbsence(absence, label);
            }
        }
    }

    private static boolean isZone(String timeZone) {
        try {
            ZoneId.of(timeZone);
            return true;
        } catch (DateTimeException invalid) {
            return false;
        }
    }

    private void checkWorkingHours(String path, WorkingHours hours, String user) {
        if (hours.days().isEmpty()) {
            findings.error(path + ".days", user + " has working hours without days, so they never work; list"
                    + " their working days or remove the working hours.");
        }
        findings.entries(path + ".days", hours.days(), user + " has an empty working day; remove it or name the day.");
        if (hours.start() == null) {
            findings.error(path + ".start", user + " has working hours without a start time; set when their day"
                    + " starts, e.g. 09:00.");
        }
        if (hours.end() == null) {
            findings.error(path + ".end", user + " has working hours without an end time; set when their day ends,"
                    + " e.g. 17:00.");
        }
        if (hours.start() != null && hours.start().equals(hours.end())) {
            findings.error(path, user + " has working hours starting and ending at " + hours.start()
                    + ", so they never work; set another end time (an end before the start is a night shift).");
        }
    }

    private void checkAbsence(Entry<Absence> entry, String user) {
        Absence absence = entry.value();
        if (absence.from() == null) {
            findings.error(entry.path("from"), user + " has an absence without a first day; set its from date.");
        }
        if (absence.until() == null) {
            findings.error(entry.path("until"), user + " has an absence without a last day; set its until date.");
        }
        if (absence.from() != null && absence.until() != null && absence.from().isAfter(absence.until())) {
            findings.error(entry.path(), user + " has an absence from " + absence.from() + " until "
                    + absence.until() + ", which ends before it starts; swap the dates.");
        }
    }

    private void checkQueues() {
        List<Entry<RoutingQueue>> queues = findings.entries("queues", configuration.queues(),
                "This queue entry is empty; remove it or fill it in.");
        findings.unique(queues, "id", RoutingQueue::id, (queue, first) -> "Queue id '" + queue.id()
                + "' is used twice (first at " + first + "); remove the duplicate or give it its own id.");
        for (Entry<RoutingQueue> entry : queues) {
            if (isBlank(entry.value().id())) {
                findings.error(entry.path("id"), (entry.value().name() == null ? "A queue"
                        : "Queue " + entry.value().name()) + " has no id; give it the CRM queue id.");
            }
        }
    }

    private void checkRegions() {
        List<Entry<Region>> regions = findings.entries("regions", configuration.regions(),
                "This region entry is empty; remove it or fill it in.");
        // Conditions compare region names trimmed and ignoring case, so names differing only so are the same region.
        findings.unique(regions, "name",
                region -> region.name() == null ? null : ValueSpace.normalized(region.name()),
                (region, first) -> "Region name '" + region.name() + "' is used twice (first at " + first
                        + ", ignoring case); rename one of them.");
        for (Entry<Region> entry : regions) {
            Region region = entry.value();
            String label = capitalized(label("region", region.name(), entry.path()));
            if (isBlank(region.name())) {
                findings.error(entry.path("name"),
                        "A region has no name; name it so assignment rules can refer to it.");
            }
            if (region.places().isEmpty()) {
                findings.error(entry.path("places"), label + " has no places, so no lead is ever in it; list its"
                        + " country codes (DE) or country-state codes (US-CA).");
            }
            for (Entry<String> place : findings.entries(entry.path("places"), region.places(),
                    label + " has an empty place; remove it or fill in a country code (DE) or a country-state code"
                            + " (US-CA).")) {
                if (!PLACE.matcher(place.value().trim()).matches()) {
                    findings.error(place.path(), label + " has the place '" + place.value() + "', which is neither"
                            + " a country code (DE) nor a country-state code (US-CA); use ISO codes.");
                }
            }
        }
    }
}
