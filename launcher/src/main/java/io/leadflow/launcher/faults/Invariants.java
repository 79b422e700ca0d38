package io.leadflow.launcher.faults;

import io.leadflow.events.OwnerKind;
import io.leadflow.launcher.Service;
import io.leadflow.schemas.Topics;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The six promises of the fault suite, checked after a scenario from the topics (what the platform published) and
 * the services' REST read models, never from their stores.
 */
final class Invariants {

    /** The suite's distribution rules and their members' weights ({@code faults/routing-configuration.json}). */
    static final Map<String, Map<String, Integer>> RULES = Map.of(
            "round-robin", weights("005-fault-r1", 1, "005-fault-r2", 1, "005-fault-r3", 1, "005-fault-r4", 1),
            "weighted", weights("005-fault-w1", 3, "005-fault-w2", 1));

    private static final int CONCURRENT_READS = 6;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final FaultRun run;
    private final Map<Integer, LeadKind> sent;
    private final Observations observations;

    private Invariants(FaultRun run) {
        this.run = run;
        this.sent = run.sentLeads();
        this.observations = run.observations();
    }

    static List<Check> check(FaultRun run, Duration stuckAfter) {
        Invariants invariants = new Invariants(run);
        return List.of(invariants.assignedOnce(), invariants.fair(), invariants.notifiedOnce(),
                invariants.firstOwners(), invariants.poisonDeadLettered(), invariants.nothingStuck(stuckAfter));
    }

    /** 1. Every qualifying response ends in exactly one final {@code lead.assigned}; none for the others. */
    private Check assignedOnce() {
        int qualifying = 0;
        int once = 0;
        int missing = 0;
        int twice = 0;
        int unexpected = 0;
        for (Map.Entry<Integer, LeadKind> lead : sent.entrySet()) {
            int assignments = observations.of(lead.getKey()).assignments.size();
            if (!lead.getValue().qualifies()) {
                unexpected += assignments > 0 ? 1 : 0;
                continue;
            }
            qualifying++;
            if (assignments == 1) {
                once++;
            } else if (assignments == 0) {
                missing++;
            } else {
                twice++;
            }
        }
        return new Check("1 one lead.assigned per qualifying response",
                once == qualifying && unexpected == 0,
                String.format("%,d of %,d once; %d missing, %d more than once, %d non-qualifying assigned; "
                        + "redelivered copies %s", once, qualifying, missing, twice, unexpected, observations.copies()));
    }

    /**
     * 2. Each rule's leads split as its method says (round robin within one of each other, weighted within one of
     * the exact share), and the rule's own tallies (its REST state) count exactly the leads published for it: no
     * member got an extra turn from a retried pick.
     */
    private Check fair() {
        Map<String, Map<String, Long>> published = new TreeMap<>();
        RULES.forEach((rule, members) -> {
            Map<String, Long> counts = new TreeMap<>();
            members.keySet().forEach(member -> counts.put(member, 0L));
            published.put(rule, counts);
        });
        for (int number : sent.keySet()) {
            for (Observations.Assignment assignment : observations.of(number).assignments) {
                RULES.forEach((rule, members) -> {
                    if (members.containsKey(assignment.ownerId())) {
                        published.get(rule).merge(assignment.ownerId(), 1L, Long::sum);
                    }
                });
            }
        }
        List<String> problems = new ArrayList<>();
        published.forEach((rule, counts) -> {
            long total = counts.values().stream().mapToLong(Long::longValue).sum();
            long weights = RULES.get(rule).values().stream().mapToLong(Integer::longValue).sum();
            counts.forEach((member, count) -> {
                double share = (double) total * RULES.get(rule).get(member) / weights;
                if (Math.abs(count - share) > 1) {
                    problems.add(String.format("%s gave %s %d leads, share %.1f", rule, member, count, share));
                }
            });
            Map<String, Long> tallies = tallies(rule);
            if (!tallies.equals(counts)) {
                problems.add(rule + " counts " + tallies + " but published " + counts);
            }
        });
        return new Check("2 distribution rules exactly fair", problems.isEmpty(),
                problems.isEmpty() ? "per member " + published + ", the rules' tallies the same"
                        : String.join("; ", problems));
    }

    private Map<String, Long> tallies(String rule) {
        HttpResponse<String> response = run.call(HttpRequest.newBuilder(URI.create(
                run.platform().url(Service.ASSIGNMENT) + "/routing/distribution-rules/" + rule + "/state")).GET());
        Map<String, Long> tallies = new TreeMap<>();
        RULES.get(rule).keySet().forEach(member -> tallies.put(member, 0L));
        if (response.statusCode() == 200) {
            JSON.readTree(response.body()).path("members").forEach(member ->
                    tallies.put(member.path("userId").asString(), member.path("assigned").asLong()));
        }
        return tallies;
    }

    /**
     * 3. Each user who became a lead's final owner is told once: one notification id for the {@code lead.assigned},
     * one {@code notification.sent} per notification id, and the webhook receiver has every notification's key.
     */
    private Check notifiedOnce() {
        int owners = 0;
        int once = 0;
        int missing = 0;
        int twice = 0;
        int sentTwice = 0;
        Set<String> notificationIds = new HashSet<>();
        for (int number : sent.keySet()) {
            Observations.LeadEvents lead = observations.of(number);
            for (Observations.Assignment assignment : lead.assignments) {
                if (assignment.ownerKind() != OwnerKind.USER) {
                    continue;
                }
                owners++;
                int notifications = lead.notificationsByTrigger.getOrDefault(assignment.eventId(), Set.of()).size();
                if (notifications == 1) {
                    once++;
                } else if (notifications == 0) {
                    missing++;
                } else {
                    twice++;
                }
            }
            notificationIds.addAll(lead.sentByNotification.keySet());
            sentTwice += (int) lead.sentByNotification.values().stream().filter(ids -> ids.size() > 1).count();
        }
        Map<String, Integer> deliveries = run.platform().webhooks().deliveriesByKey();
        Set<String> undelivered = new HashSet<>(notificationIds);
        undelivered.removeAll(deliveries.keySet());
        long repeated = deliveries.values().stream().filter(count -> count > 1).count();
        return new Check("3 each final owner notified once",
                once == owners && sentTwice == 0 && undelivered.isEmpty() && run.platform().webhooks().withoutKey() == 0,
                String.format("%,d of %,d owners once; %d missing, %d twice, %d notification ids sent twice; webhook "
                        + "keys %,d for %,d notifications, %d not delivered, %d keys delivered again (receiver keeps "
                        + "one)", once, owners, missing, twice, sentTwice, deliveries.size(), notificationIds.size(),
                        undelivered.size(), repeated));
    }

    /** 4. The campaign member's first-owner metrics name the owner and method of its first {@code lead.assigned}. */
    private Check firstOwners() {
        Map<Integer, Observations.Assignment> firsts = new LinkedHashMap<>();
        sent.forEach((number, kind) -> {
            List<Observations.Assignment> assignments = observations.of(number).assignments;
            if (!assignments.isEmpty()) {
                firsts.put(number, assignments.get(0));
            }
        });
        AtomicInteger matching = new AtomicInteger();
        List<String> wrong = new ArrayList<>();
        ExecutorService readers = Executors.newFixedThreadPool(CONCURRENT_READS);
        try {
            List<Future<?>> reads = new ArrayList<>();
            firsts.forEach((number, first) -> reads.add(readers.submit(() -> {
                HttpResponse<String> response = run.call(HttpRequest.newBuilder(URI.create(
                        run.platform().url(Service.RESPONSE) + "/campaign-members/" + FaultLeads.responseId(number)))
                        .GET());
                JsonNode member = response.statusCode() == 200 ? JSON.readTree(response.body()) : null;
                if (member != null && first.ownerId().equals(member.path("firstOwner").path("id").asString())
                        && first.method().equals(member.path("firstOwnerMethod").asString())) {
                    matching.incrementAndGet();
                } else {
                    synchronized (wrong) {
                        wrong.add(FaultLeads.responseId(number) + ": " + (member == null
                                ? "HTTP " + response.statusCode()
                                : member.path("firstOwner").path("id").asString() + " by "
                                        + member.path("firstOwnerMethod").asString()) + ", first assigned to "
                                + first.ownerId() + " by " + first.method());
                    }
                }
            })));
            for (Future<?> read : reads) {
                read.get();
            }
        } catch (Exception e) {
            return new Check("4 first-owner metrics match the first lead.assigned", false,
                    "could not read the campaign members: " + e);
        } finally {
            readers.shutdownNow();
        }
        return new Check("4 first-owner metrics match the first lead.assigned", wrong.isEmpty(),
                String.format("%,d of %,d campaign members%s", matching.get(), firsts.size(),
                        wrong.isEmpty() ? "" : "; e.g. " + wrong.subList(0, Math.min(3, wrong.size()))));
    }

    /** 5. Every poison record is on the dead-letter topic with a reason; nothing else is dead-lettered. */
    private Check poisonDeadLettered() {
        String deadLetterTopic = Topics.RESPONSE_CREATED.deadLetterTopic();
        Set<String> withReason = new HashSet<>();
        List<String> others = new ArrayList<>();
        Map<String, Integer> reasons = new TreeMap<>();
        for (Observations.DeadLetter letter : observations.deadLetters()) {
            if (letter.topic().equals(deadLetterTopic) && run.poisonKeys().contains(letter.key())
                    && letter.reason() != null && !letter.reason().isBlank()) {
                withReason.add(letter.key());
                reasons.merge(abbreviated(letter.reason()), 1, Integer::sum);
            } else {
                others.add(letter.topic() + " " + letter.key() + ": " + letter.reason());
            }
        }
        int poison = run.poisonKeys().size();
        return new Check("5 poison dead-lettered with a reason", withReason.size() == poison && others.isEmpty(),
                String.format("%d of %d poison records (%d dead letters: one per consuming service) %s; %d other "
                        + "dead letters%s", withReason.size(), poison,
                        reasons.values().stream().mapToInt(Integer::intValue).sum(), reasons, others.size(),
                        others.isEmpty() ? "" : ", e.g. " + others.subList(0, Math.min(3, others.size()))));
    }

    private static String abbreviated(String reason) {
        return reason.length() <= 90 ? reason : reason.substring(0, 87) + "...";
    }

    /**
     * 6. Nothing is left stuck: every qualifying lead settled (assigned, its user owner told), no open engine wait
     * older than its timeout plus the sweep interval, every offer ended.
     */
    private Check nothingStuck(Duration stuckAfter) {
        int unsettled = 0;
        int openOffers = 0;
        for (Map.Entry<Integer, LeadKind> lead : sent.entrySet()) {
            Observations.LeadEvents events = observations.of(lead.getKey());
            if (!events.settled(lead.getValue())) {
                unsettled++;
            }
            if (!events.offers.isEmpty() && events.assignments.isEmpty()) {
                openOffers++;
            }
        }
        HttpResponse<String> waits = run.call(HttpRequest.newBuilder(URI.create(run.platform().url(Service.ASSIGNMENT)
                + "/engine-waits?olderThan=" + stuckAfter + "&limit=1000")).GET());
        int overdueWaits = waits.statusCode() == 200 ? JSON.readTree(waits.body()).size() : -1;
        return new Check("6 nothing stuck", unsettled == 0 && openOffers == 0 && overdueWaits == 0,
                String.format("%d leads unsettled, %d engine waits older than %s%s, %d leads with open offers only",
                        unsettled, Math.max(overdueWaits, 0), stuckAfter,
                        overdueWaits < 0 ? " (GET /engine-waits answered " + waits.statusCode() + ")" : "",
                        openOffers));
    }

    private static Map<String, Integer> weights(Object... memberWeights) {
        Map<String, Integer> weights = new LinkedHashMap<>();
        for (int i = 0; i < memberWeights.length; i += 2) {
            weights.put((String) memberWeights[i], (Integer) memberWeights[i + 1]);
        }
        return weights;
    }
}
