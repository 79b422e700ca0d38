package io.leadflow.dashboard.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The dashboard's read model: today's counts per rep, per distribution rule and per dead-letter topic, the latest
 * assignments with their explanations, and the journeys of recently active leads. Everything is bounded
 * ({@link DashboardLimits}) and rebuilt from the topics when the service starts, so it lives in memory.
 *
 * <p>Updated once per consumed batch and read by requests: one lock, held for a batch's few microseconds per event.
 * Counts are idempotent: an event id seen before (a redelivered batch, a re-publication) changes nothing.
 */
public final class Dashboard {

    private final Clock clock;
    private final ZoneId zone;
    private final DashboardLimits limits;

    private final RepBoard reps = new RepBoard();
    private final RuleBoard rules = new RuleBoard();
    private final DeadLetterBoard deadLetters = new DeadLetterBoard();
    private final Deque<Assignment> recent = new ArrayDeque<>();
    private final Map<String, Assignment> explained;
    private final Map<String, Deque<LeadEvent>> journeys;
    private final Map<String, Boolean> seen;
    private LocalDate day;
    private long assignedToday;

    public Dashboard(Clock clock, ZoneId zone, DashboardLimits limits) {
        this.clock = clock;
        this.zone = zone;
        this.limits = limits;
        this.explained = new Bounded<>(limits.explainedAssignments());
        this.journeys = new Bounded<>(limits.journeyLeads());
        this.seen = new Bounded<>(limits.rememberedEventIds());
        this.day = today();
    }

    /** Where the topics are read from when the service starts: the beginning of today. */
    public Instant startOfToday() {
        return today().atStartOfDay(zone).toInstant();
    }

    /** Applies one batch of events; returns the assignments it had not seen before, in order. */
    public synchronized List<Assignment> apply(List<Observed> batch) {
        turnDayIfDue();
        Instant dayStart = day.atStartOfDay(zone).toInstant();
        List<Assignment> fresh = new ArrayList<>();
        for (Observed event : batch) {
            if (seen.put(event.line().eventId(), Boolean.TRUE) != null) {
                continue;
            }
            remember(event.line());
            event.assignment().ifPresent(assignment -> {
                boolean countsToday = !assignment.assignedAt().isBefore(dayStart);
                reps.assigned(assignment, countsToday);
                rules.assigned(assignment, countsToday);
                if (countsToday) {
                    assignedToday++;
                }
                recent.addFirst(assignment);
                if (recent.size() > limits.liveAssignments()) {
                    recent.removeLast();
                }
                explained.put(assignment.eventId(), assignment);
                fresh.add(assignment);
            });
            event.offer().ifPresent(reps::offered);
            event.offerEnded().ifPresent(ended -> reps.ended(ended, !ended.endedAt().isBefore(dayStart)));
        }
        return fresh;
    }

    /** Counts dead letters and adds each to its lead's journey; one seen before (by its place) changes nothing. */
    public synchronized void applyDeadLetters(List<DeadLetter> letters) {
        turnDayIfDue();
        Instant dayStart = day.atStartOfDay(zone).toInstant();
        for (DeadLetter letter : letters) {
            if (seen.put(letter.id(), Boolean.TRUE) != null) {
                continue;
            }
            if (!letter.at().isBefore(dayStart)) {
                deadLetters.add(letter);
            }
            if (letter.leadId() != null) {
                remember(new LeadEvent(letter.id(), letter.leadId(), letter.sourceTopic() + ".dlt",
                        "the service that could not process it", letter.at(),
                        "dead-lettered from " + letter.sourceTopic() + ": " + letter.reason(), List.of()));
            }
        }
    }

    public synchronized Overview overview() {
        turnDayIfDue();
        return new Overview(day, assignedToday, reps.summaries(), rules.summaries(), deadLetters.counts(),
                List.copyOf(recent));
    }

    /** One of the latest assignments, with its whole explanation. */
    public synchronized Optional<Assignment> assignment(String eventId) {
        return Optional.ofNullable(explained.get(eventId));
    }

    /** The lead's events in time order; empty when the lead was not active since the service started today. */
    public synchronized List<LeadEvent> journey(String leadId) {
        Deque<LeadEvent> events = journeys.get(leadId);
        if (events == null) {
            return List.of();
        }
        return events.stream().sorted(Comparator.comparing(LeadEvent::at)).toList();
    }

    private void remember(LeadEvent line) {
        Deque<LeadEvent> events = journeys.computeIfAbsent(line.leadId(), id -> new ArrayDeque<>());
        events.addLast(line);
        if (events.size() > limits.journeyEventsPerLead()) {
            events.removeFirst();
        }
    }

    private void turnDayIfDue() {
        LocalDate now = today();
        if (now.isAfter(day)) {
            day = now;
            assignedToday = 0;
            reps.startDay(clock.instant());
            rules.startDay();
            deadLetters.startDay();
        }
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }
}
