package io.leadflow.assignment.domain.routing;

import java.time.LocalDate;

/** A user is out of office from {@code from} to {@code until}, both days included, in their time zone. */
public record Absence(LocalDate from, LocalDate until) {

    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(until);
    }
}
