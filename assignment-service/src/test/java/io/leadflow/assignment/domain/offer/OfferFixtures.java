package io.leadflow.assignment.domain.offer;

import io.leadflow.assignment.domain.Assignment;
import io.leadflow.assignment.domain.Round;
import io.leadflow.assignment.domain.AssignmentMethod;
import io.leadflow.assignment.domain.AssignmentState;
import io.leadflow.assignment.domain.Owner;
import io.leadflow.assignment.domain.OwnerKind;
import io.leadflow.assignment.domain.routing.Acknowledgement;
import io.leadflow.assignment.domain.routing.CandidateQuery;
import io.leadflow.assignment.domain.routing.CandidateSort;
import io.leadflow.assignment.domain.routing.RoutingConfiguration;
import io.leadflow.assignment.domain.routing.RoutingExplanation;
import io.leadflow.assignment.domain.routing.RoutingQueue;
import io.leadflow.assignment.domain.routing.RoutingUser;
import io.leadflow.assignment.domain.routing.Target;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Object mother for offer tests: a team of rated reps, candidate queries over them and configurations. */
final class OfferFixtures {

    /** A Monday, 10:00 in Paris. */
    static final Instant MONDAY_MORNING = Instant.parse("2026-11-23T09:00:00Z");

    static final RoutingUser ANNA = rated("005-anna", "Anna Adams", 4.5, "Gold");
    static final RoutingUser BEN = rated("005-ben", "Ben Brooks", 3.0, "Silver");
    static final RoutingUser CARA = rated("005-cara", "Cara Cole", 4.8, "Gold");
    static final RoutingUser DAN = rated("005-dan", "Dan Diaz", null, null);
    static final RoutingQueue NURTURE = new RoutingQueue("00G-nurture", "Nurture Queue");

    private OfferFixtures() {
    }

    static RoutingUser rated(String id, String name, Double rating, String tier) {
        return new RoutingUser(id, name, null, null, false, List.of(), rating, tier, List.of(), Map.of());
    }

    static RoutingUser withAttributes(String id, String name, Map<String, String> attributes) {
        return new RoutingUser(id, name, null, null, false, List.of(), null, null, List.of(), attributes);
    }

    static CandidateQuery everyone(String name, CandidateSort... sort) {
        return new CandidateQuery(name, List.of(), null, Arrays.asList(sort), null);
    }

    static CandidateSort descending(String field) {
        return new CandidateSort(field, CandidateSort.Direction.DESC);
    }

    static CandidateSort ascending(String field) {
        return new CandidateSort(field, CandidateSort.Direction.ASC);
    }

    static Owner owner(RoutingUser user) {
        return new Owner(user.id(), OwnerKind.USER, user.name());
    }

    /**
     * Lead 00Q-1 as routing offered it to {@code first} at {@code offeredAt} under {@code sla}: attempt 0, its one
     * offer open until the SLA's deadline.
     */
    static Assignment offeredTo(RoutingUser first, Acknowledgement sla, Instant offeredAt) {
        Instant deadline = offeredAt.plus(sla.within());
        return Assignment.restore().assignmentId("00v-1").responseId("00v-1").leadId("00Q-1")
                .round(Round.firstActivation("activation-1"))
                .activatedAt(offeredAt).state(AssignmentState.OFFERED).dueAt(deadline)
                .explanation(RoutingExplanation.of("offered to " + owner(first).describe()))
                .offers(List.of(Offer.open("offer-0-" + first.id(), owner(first), 0, OfferKind.ROUTING,
                        AssignmentMethod.ROUND_ROBIN, null, offeredAt, deadline)))
                .attempt(0).acknowledgement(sla).updatedAt(offeredAt).build();
    }

    /** A configuration of these users and queries, with the nurture queue and the global SLA {@code sla}. */
    static RoutingConfiguration team(Acknowledgement sla, List<CandidateQuery> queries, RoutingUser... users) {
        return new RoutingConfiguration(Target.assignmentRules(), List.of(), null, List.of(), List.of(users),
                List.of(NURTURE), List.of(), sla, queries);
    }
}
