package io.leadflow.assignment.domain.offer;

import io.leadflow.assignment.domain.routing.Candidate;
import io.leadflow.assignment.domain.routing.CandidateQuery;
import io.leadflow.assignment.domain.routing.CandidateSort;
import io.leadflow.assignment.domain.routing.CandidateVerdict;
import io.leadflow.assignment.domain.routing.RoutingConfiguration;
import io.leadflow.assignment.domain.routing.RoutingUser;
import io.leadflow.criteria.CriteriaEvaluator;
import io.leadflow.criteria.LeadFacts;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Runs a candidate query: which users of its pool may be offered a lead now, best first, and why each of the
 * others may not. Pure: the caller supplies who was offered the lead already and the users' open leads.
 */
public final class CandidateSearch {

    /** User fields a candidate query's filter may test, besides {@code custom.<attribute>}. */
    public static final List<String> USER_FIELDS = List.of("id", "name", "rating", "tier", "tags");
    /** Fields a candidate query may sort by, besides {@code custom.<attribute>}. */
    public static final List<String> SORT_FIELDS = List.of("rating", "name", "openLeads");
    static final String CUSTOM = "custom.";

    private CandidateSearch() {
    }

    /**
     * What the query found.
     *
     * @param eligible the users who may be offered the lead, in the query's order
     * @param excluded every other user of the pool, with the verdict and reason that left them out
     */
    public record Result(List<RoutingUser> eligible, List<Candidate> excluded) {
    }

    public static Result search(CandidateQuery query, RoutingConfiguration configuration,
            Collection<String> alreadyOffered, Map<String, Long> openLeads, Instant now) {
        List<RoutingUser> eligible = new ArrayList<>();
        List<Candidate> excluded = new ArrayList<>();
        for (String userId : pool(query, configuration)) {
            Optional<RoutingUser> found = configuration.user(userId);
            if (found.isEmpty()) {
                excluded.add(new Candidate(userId, null, CandidateVerdict.NOT_ELIGIBLE, "is not in the user directory"));
                continue;
            }
            RoutingUser user = found.get();
            Optional<Candidate> reason = exclusion(query, user, alreadyOffered, openLeads, now);
            if (reason.isPresent()) {
                excluded.add(reason.get());
            } else {
                eligible.add(user);
            }
        }
        eligible.sort(order(query.sort(), openLeads));
        return new Result(List.copyOf(eligible), List.copyOf(excluded));
    }

    /** The users the query looks at, in their order: its own list, or every user of the configuration. */
    private static List<String> pool(CandidateQuery query, RoutingConfiguration configuration) {
        return query.users().isEmpty()
                ? configuration.users().stream().map(RoutingUser::id).toList()
                : query.users().stream().distinct().toList();
    }

    private static Optional<Candidate> exclusion(CandidateQuery query, RoutingUser user,
            Collection<String> alreadyOffered, Map<String, Long> openLeads, Instant now) {
        if (alreadyOffered.contains(user.id())) {
            return Optional.of(candidate(user, CandidateVerdict.ALREADY_OFFERED, "was offered this lead already"));
        }
        if (query.filter() != null && !query.filter().matchesEverything()) {
            CriteriaEvaluator.Outcome outcome = CriteriaEvaluator.evaluate(query.filter(), facts(user));
            if (!outcome.matched()) {
                return Optional.of(candidate(user, CandidateVerdict.FILTERED_OUT, "does not match: " + outcome.reason()));
            }
        }
        Optional<RoutingUser.Unavailability> away = user.unavailability(now);
        if (away.isPresent()) {
            return Optional.of(candidate(user, away.get().verdict(), "is " + away.get().detail()));
        }
        long open = openLeads.getOrDefault(user.id(), 0L);
        if (query.maxOpenLeads() != null && open >= query.maxOpenLeads()) {
            return Optional.of(candidate(user, CandidateVerdict.FULL, "has " + open + " open leads (the query allows "
                    + "fewer than " + query.maxOpenLeads() + ")"));
        }
        return Optional.empty();
    }

    private static Candidate candidate(RoutingUser user, CandidateVerdict verdict, String detail) {
        return new Candidate(user.id(), user.name(), verdict, detail);
    }

    /** A user as the query's filter sees them. */
    static LeadFacts facts(RoutingUser user) {
        return field -> switch (field) {
            case "id" -> List.of(user.id());
            case "name" -> optional(user.name());
            case "rating" -> user.rating() == null ? List.of() : List.of(BigDecimal.valueOf(user.rating()).toPlainString());
            case "tier" -> optional(user.tier());
            case "tags" -> user.tags();
            default -> field.startsWith(CUSTOM) ? optional(user.attributes().get(field.substring(CUSTOM.length())))
                    : List.of();
        };
    }

    private static List<String> optional(String value) {
        return value == null ? List.of() : List.of(value);
    }

    /** The query's order; a user without a value sorts after those with one, whatever the direction. */
    private static Comparator<RoutingUser> order(List<CandidateSort> sort, Map<String, Long> openLeads) {
        Comparator<RoutingUser> order = (a, b) -> 0;
        for (CandidateSort key : sort) {
            Comparator<Comparable<Object>> values = key.descending() ? Comparator.reverseOrder()
                    : Comparator.naturalOrder();
            order = order.thenComparing(user -> sortValue(key.field(), user, openLeads),
                    Comparator.nullsLast(values));
        }
        return order;
    }

    @SuppressWarnings("unchecked")
    private static Comparable<Object> sortValue(String field, RoutingUser user, Map<String, Long> openLeads) {
        Comparable<?> value = switch (field) {
            case "rating" -> user.rating();
            case "name" -> user.name() == null ? null : user.name().toLowerCase(Locale.ROOT);
            case "openLeads" -> openLeads.getOrDefault(user.id(), 0L);
            default -> field.startsWith(CUSTOM) ? custom(user.attributes().get(field.substring(CUSTOM.length())))
                    : null;
        };
        return (Comparable<Object>) value;
    }

    /** A custom attribute sorts as a number when it is one, as text otherwise (numbers before text). */
    private static Comparable<?> custom(String value) {
        if (value == null) {
            return null;
        }
        try {
            return new CustomValue(new BigDecimal(value.trim()), null);
        } catch (NumberFormatException text) {
            return new CustomValue(null, value.trim().toLowerCase(Locale.ROOT));
        }
    }

    private record CustomValue(BigDecimal number, String text) implements Comparable<CustomValue> {

        @Override
        public int compareTo(CustomValue other) {
            if (number != null && other.number != null) {
                return number.compareTo(other.number);
            }
            if (number != null || other.number != null) {
                return number != null ? -1 : 1;
            }
            return text.compareTo(other.text);
        }
    }
}
