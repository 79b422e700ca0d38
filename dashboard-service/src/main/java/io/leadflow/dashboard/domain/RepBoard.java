package io.leadflow.dashboard.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Per rep: today's assignments, acknowledged and ignored offers, and the offers still open. Not thread-safe. */
final class RepBoard {

    private static final class Tally {
        Person rep;
        long assigned;
        long acknowledged;
        long ignored;
        long totalTimeToAssignMillis;

        Tally(Person rep) {
            this.rep = rep;
        }
    }

    private final Map<String, Tally> today = new HashMap<>();
    /** Open offers by offer id: only what is still open, so it does not grow with history. */
    private final Map<String, Offer> openOffers = new HashMap<>();

    void assigned(Assignment assignment, boolean countsToday) {
        if (assignment.acknowledgedOffer()) {
            openOffers.remove(assignment.offerId());
        }
        if (!countsToday) {
            return;
        }
        Tally tally = tally(assignment.owner());
        tally.assigned++;
        tally.totalTimeToAssignMillis += assignment.timeToAssignMillis();
        if (assignment.acknowledgedOffer()) {
            tally.acknowledged++;
        }
    }

    void offered(Offer offer) {
        openOffers.put(offer.offerId(), offer);
        tally(offer.candidate());
    }

    void ended(OfferEnded ended, boolean countsToday) {
        openOffers.remove(ended.offerId());
        if (countsToday && ended.ignored()) {
            tally(ended.candidate()).ignored++;
        }
    }

    /**
     * A new day: the counts start again; offers still open stay open, except those a day past their deadline, whose
     * end the dashboard missed (it started after it): assignment-service ends every offer by its deadline.
     */
    void startDay(Instant now) {
        today.clear();
        Instant longOverdue = now.minus(Duration.ofDays(1));
        openOffers.values().removeIf(offer -> offer.deadline().isBefore(longOverdue));
    }

    List<RepSummary> summaries() {
        Map<String, Long> open = openOffers.values().stream()
                .collect(Collectors.groupingBy(offer -> offer.candidate().id(), Collectors.counting()));
        Map<String, Person> people = new HashMap<>();
        today.values().forEach(tally -> people.put(tally.rep.id(), tally.rep));
        openOffers.values().forEach(offer -> people.putIfAbsent(offer.candidate().id(), offer.candidate()));
        return people.values().stream()
                .map(person -> summary(person, today.get(person.id()), open.getOrDefault(person.id(), 0L)))
                .sorted(Comparator.comparingLong(RepSummary::assigned).reversed()
                        .thenComparing(summary -> summary.rep().name()))
                .toList();
    }

    private static RepSummary summary(Person person, Tally tally, long open) {
        if (tally == null) {
            return new RepSummary(person, 0, open, 0, 0, null);
        }
        Long average = tally.assigned == 0 ? null : tally.totalTimeToAssignMillis / tally.assigned;
        return new RepSummary(tally.rep, tally.assigned, open, tally.acknowledged, tally.ignored, average);
    }

    private Tally tally(Person person) {
        Tally tally = today.computeIfAbsent(person.id(), id -> new Tally(person));
        // The latest event's name wins: a rep renamed in the CRM shows as they are called now.
        tally.rep = person;
        return tally;
    }
}
