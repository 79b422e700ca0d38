package io.leadflow.assignment.domain.routing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Picks the member of a distribution rule who gets the next lead: a pure function of the rule, the users'
 * availability, the rule's state and (for load balancing) the members' open leads.
 *
 * <p>Fairness is counted, not cursored. Each member has a position: leads received from the rule divided by
 * their weight (1 for round robin). The available member with the lowest position after one more lead gets
 * it, ties going to the earlier member in the rule's order; in a pool of equals that is round robin in the
 * fixed order. Because turns are counts and not an index into the member list:
 * <ul>
 * <li>removing a member, or deleting past assignments, moves nobody else's turn;</li>
 * <li>a newcomer takes the place in the round that their place in the list gives them: they start level with the
 * next member after them in the list who has a position (the lowest position when nobody after them has one). So
 * a newcomer inserted among members already served this round waits for the next round, one inserted among
 * members still owed their turn takes theirs in order, and nobody catches up on leads handed out before they
 * joined or takes a turn before a member still owed one ahead of them;</li>
 * <li>a member who is away or full keeps the turn they were skipped for (their position is kept one lead
 * behind the member who took it), and gets exactly that one lead back when available, not a burst.</li>
 * </ul>
 */
final class MemberSelection {

    private MemberSelection() {
    }

    /**
     * What the rule makes of its members for this lead.
     *
     * @param chosen the member who gets the lead; null when every member is away, full or not eligible
     * @param next the state to store if the pick is kept (null when nobody was chosen)
     */
    record Selection(RoutingUser chosen, List<Candidate> candidates, DistributionState next) {
    }

    private record Contender(int order, Member member, RoutingUser user, Tally tally, long load) {

        long weight() {
            return member.effectiveWeight();
        }
    }

    static Selection select(DistributionRule rule, RoutingConfiguration configuration, DistributionState state,
            Map<String, Long> loads, RoutingSubject subject, Instant now) {
        Map<String, Tally> tallies = state.talliesByUser();
        Fraction lowest = lowestPosition(rule, tallies);
        CapPeriod period = rule.effectiveCapPeriod();

        List<Contender> available = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>();
        List<Tally> nextTallies = new ArrayList<>();
        Candidate[] verdicts = new Candidate[rule.members().size()];
        for (int order = 0; order < rule.members().size(); order++) {
            Member member = rule.members().get(order);
            Optional<RoutingUser> user = configuration.user(member.userId());
            Tally tally = tallies.getOrDefault(member.userId(), new Tally(member.userId(),
                    startingPosition(rule, tallies, order, lowest).times(member.effectiveWeight()), null, 0))
                    .inPeriod(period.key(user.map(u -> u.today(now)).orElse(LocalDate.ofInstant(now, ZoneOffset.UTC))));
            nextTallies.add(tally);
            if (user.isEmpty()) {
                verdicts[order] = new Candidate(member.userId(), null, CandidateVerdict.NOT_ELIGIBLE,
                        "not in the user directory");
                continue;
            }
            Optional<RoutingUser.Unavailability> away = user.get().unavailability(now);
            if (away.isPresent()) {
                verdicts[order] = new Candidate(member.userId(), user.get().name(), away.get().verdict(),
                        away.get().detail());
            } else if (member.cap() != null && tally.periodAssigned() >= member.cap()) {
                verdicts[order] = new Candidate(member.userId(), user.get().name(), CandidateVerdict.FULL,
                        "reached the cap of " + leads(member.cap()) + " per " + period.noun());
            } else {
                available.add(new Contender(order, member, user.get(), tally,
                        loads.getOrDefault(member.userId(), 0L)));
            }
        }
        if (available.isEmpty()) {
            candidates.addAll(List.of(verdicts));
            return new Selection(null, candidates, null);
        }

        Contender chosen = available.stream().min(order(rule.method())).orElseThrow();
        for (Contender contender : available) {
            verdicts[contender.order()] = contender == chosen
                    ? new Candidate(chosen.member().userId(), chosen.user().name(), CandidateVerdict.CHOSEN,
                            chosenDetail(rule.method(), rule.effectiveLoadMeasure(), chosen))
                    : new Candidate(contender.member().userId(), contender.user().name(), CandidateVerdict.NOT_NEXT,
                            passedOverDetail(rule.method(), rule.effectiveLoadMeasure(), contender, chosen));
        }
        candidates.addAll(List.of(verdicts));

        for (int order = 0; order < nextTallies.size(); order++) {
            Tally tally = nextTallies.get(order);
            if (order == chosen.order()) {
                nextTallies.set(order, tally.plusOne());
            } else if (verdicts[order].verdict() != CandidateVerdict.NOT_NEXT
                    && rule.method() != DistributionMethod.LOAD_BALANCED) {
                // Skipped (away or full): kept one lead behind the member who took their turn.
                long weight = rule.members().get(order).effectiveWeight();
                nextTallies.set(order, tally.atLeast(weight * (chosen.tally().assigned() + 1) / chosen.weight() - 1));
            }
        }
        Pick pick = new Pick(subject.routingKey(), subject.leadId(), chosen.member().userId(), now);
        return new Selection(chosen.user(), candidates, state.next(nextTallies, pick));
    }

    /** The selection the rule made the first time this lead was routed under the same key. */
    static Selection repeat(Pick pick, RoutingConfiguration configuration) {
        RoutingUser user = configuration.user(pick.userId())
                .orElse(RoutingUser.available(pick.userId(), null));
        return new Selection(user, List.of(new Candidate(pick.userId(), user.name(), CandidateVerdict.CHOSEN,
                "picked when this lead was first routed (" + pick.at() + "); the repeated event changes nothing")),
                null);
    }

    private static Comparator<Contender> order(DistributionMethod method) {
        // Compares positions after one more lead, (assigned + 1) / weight, exactly: a/b < c/d <=> a*d < c*b.
        Comparator<Contender> byPosition = (a, b) -> Long.compare(
                (a.tally().assigned() + 1) * b.weight(), (b.tally().assigned() + 1) * a.weight());
        Comparator<Contender> turns = byPosition.thenComparingInt(Contender::order);
        return method == DistributionMethod.LOAD_BALANCED
                ? Comparator.comparingLong(Contender::load).thenComparing(turns)
                : turns;
    }

    private static String chosenDetail(DistributionMethod method, LoadMeasure measure, Contender chosen) {
        return switch (method) {
            case ROUND_ROBIN -> "next in turn, with " + leads(chosen.tally().assigned()) + " from this rule before";
            case WEIGHTED -> "furthest below their share, with " + leads(chosen.tally().assigned())
                    + " from this rule for a weight of " + chosen.weight();
            case LOAD_BALANCED -> "fewest " + measure.noun() + " (" + chosen.load() + ")";
        };
    }

    private static String passedOverDetail(DistributionMethod method, LoadMeasure measure, Contender contender,
            Contender chosen) {
        String name = chosen.user().label();
        return switch (method) {
            case ROUND_ROBIN -> "available, not their turn: " + leads(contender.tally().assigned())
                    + " from this rule, " + name + " had " + chosen.tally().assigned();
            case WEIGHTED -> "available, closer to their share: " + leads(contender.tally().assigned())
                    + " for a weight of " + contender.weight() + ", " + name + " had " + chosen.tally().assigned()
                    + " for a weight of " + chosen.weight();
            case LOAD_BALANCED -> "available, " + measure.count(contender.load()) + ", " + name + " has "
                    + chosen.load();
        };
    }

    private static String leads(long count) {
        return count == 1 ? "1 lead" : count + " leads";
    }


    /**
     * Where a member without a position (a newcomer) starts: level with the next member after them in the list who
     * has one, so they take their place in the round in progress; {@code lowest} when nobody after them has one.
     */
    private static Fraction startingPosition(DistributionRule rule, Map<String, Tally> tallies, int order,
            Fraction lowest) {
        for (int after = order + 1; after < rule.members().size(); after++) {
            Member next = rule.members().get(after);
            Tally tally = tallies.get(next.userId());
            if (tally != null) {
                return new Fraction(tally.assigned(), next.effectiveWeight());
            }
        }
        return lowest;
    }

    /** The lowest position (assigned / weight) among members the rule has given leads to before; 0 if none. */
    private static Fraction lowestPosition(DistributionRule rule, Map<String, Tally> tallies) {
        Fraction lowest = null;
        for (Member member : rule.members()) {
            Tally tally = tallies.get(member.userId());
            if (tally != null) {
                Fraction position = new Fraction(tally.assigned(), member.effectiveWeight());
                if (lowest == null || position.compareTo(lowest) < 0) {
                    lowest = position;
                }
            }
        }
        return lowest == null ? new Fraction(0, 1) : lowest;
    }

    private record Fraction(long numerator, long denominator) implements Comparable<Fraction> {

        long times(long factor) {
            return factor * numerator / denominator;
        }

        @Override
        public int compareTo(Fraction other) {
            return Long.compare(numerator * other.denominator, other.numerator * denominator);
        }
    }
}
