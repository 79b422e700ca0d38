package io.leadflow.assignment.domain.routing;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * When a user works, in their own time zone: on {@code days}, from {@code start} (included) to {@code end}
 * (excluded). An end before the start is a night shift: it runs past midnight into the next day.
 */
public record WorkingHours(List<DayOfWeek> days, LocalTime start, LocalTime end) {

    public WorkingHours {
        days = days == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(days));
    }

    public boolean includes(LocalDateTime local) {
        LocalTime time = local.toLocalTime();
        if (!end.isBefore(start)) {
            return days.contains(local.getDayOfWeek()) && !time.isBefore(start) && time.isBefore(end);
        }
        boolean lateShift = days.contains(local.getDayOfWeek()) && !time.isBefore(start);
        boolean earlyMorningOfShift = days.contains(local.getDayOfWeek().minus(1)) && time.isBefore(end);
        return lateShift || earlyMorningOfShift;
    }

    public String describe() {
        String dayList = days.stream()
                .map(day -> day.name().charAt(0) + day.name().substring(1, 3).toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(","));
        return dayList + " " + start + "-" + end;
    }
}
