package io.leadflow.assignment.domain.offer;

import io.leadflow.assignment.domain.Assignment;
import io.leadflow.assignment.domain.Assignments;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * Speed-to-lead of offers made in a time window (seed 003's acknowledgement and ignored rates): how many were
 * made, acknowledged in time, ignored (expired), taken by another candidate or withdrawn, and how long
 * acknowledgements took, overall and per user, distribution rule or candidate query. Read for operators over
 * REST from the offers' time index, bounded by the window.
 */
public class OfferMetrics {

    /** Most offered assignments one report reads; a window holding more says so (see {@link Report#truncated}). */
    public static final int MAX_ASSIGNMENTS = 50_000;
    /** The group of offers that have no distribution rule or candidate query (e.g. routing's own offers). */
    public static final String NONE = "(none)";

    private final Assignments assignments;

    public OfferMetrics(Assignments assignments) {
        this.assignments = assignments;
    }

    /** How offers are grouped. */
    public enum Grouping {
        USER((assignment, offer) -> offer.candidate().id()),
        DISTRIBUTION_RULE((assignment, offer) -> assignment.explanation().distributionRule()),
        CANDIDATE_QUERY((assignment, offer) -> offer.candidateQuery());

        private final BiFunction<Assignment, Offer, String> key;

        Grouping(BiFunction<Assignment, Offer, String> key) {
            this.key = key;
        }

        String keyOf(Assignment assignment, Offer offer) {
            String value = key.apply(assignment, offer);
            return value == null ? NONE : value;
        }
    }

    /**
     * The figures of a set of offers. Rates are fractions of {@code made} (null when none were made); times to
     * acknowledge are of the offers acknowledged in time (null when none were).
     */
    public record Figures(String key, long made, long acknowledged, long ignored, long taken, long withdrawn,
            long open, Double acknowledgementRate, Double ignoredRate, Duration medianTimeToAcknowledge,
            Duration p90TimeToAcknowledge) {
    }

    /** The window's figures overall and per group ({@code groups} empty when no grouping was asked for). */
    public record Report(Instant from, Instant to, Figures overall, Grouping grouping, List<Figures> groups,
            boolean truncated) {
    }

    public Report report(Instant from, Instant to, Grouping grouping) {
        List<Assignment> offered = assignments.withOffersMadeBetween(from, to, MAX_ASSIGNMENTS);
        List<Offer> all = new ArrayList<>();
        Map<String, List<Offer>> byGroup = new TreeMap<>();
        for (Assignment assignment : offered) {
            for (Offer offer : assignment.offers()) {
                if (!offer.offeredAt().isBefore(from) && offer.offeredAt().isBefore(to)) {
                    all.add(offer);
                    if (grouping != null) {
                        byGroup.computeIfAbsent(grouping.keyOf(assignment, offer), key -> new ArrayList<>()).add(offer);
                    }
                }
            }
        }
        List<Figures> groups = byGroup.entrySet().stream().map(group -> figures(group.getKey(), group.getValue()))
                .toList();
        return new Report(from, to, figures(null, all), grouping, groups, offered.size() == MAX_ASSIGNMENTS);
    }

    static Figures figures(String key, Collection<Offer> offers) {
        long made = offers.size();
        long acknowledged = count(offers, OfferState.ACKNOWLEDGED);
        long ignored = count(offers, OfferState.EXPIRED);
        List<Duration> times = offers.stream().map(Offer::timeToAcknowledge).filter(time -> time != null)
                .sorted(Comparator.naturalOrder()).toList();
        return new Figures(key, made, acknowledged, ignored, count(offers, OfferState.TAKEN),
                count(offers, OfferState.WITHDRAWN), count(offers, OfferState.OPEN),
                made == 0 ? null : (double) acknowledged / made, made == 0 ? null : (double) ignored / made,
                percentile(times, 50), percentile(times, 90));
    }

    private static long count(Collection<Offer> offers, OfferState state) {
        return offers.stream().filter(offer -> offer.state() == state).count();
    }

    /** The nearest-rank percentile: the smallest time at least {@code percent}% of the times do not exceed. */
    static Duration percentile(List<Duration> sorted, int percent) {
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
