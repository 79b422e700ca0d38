package io.leadflow.dashboard.web;

import io.leadflow.dashboard.domain.Dashboard;
import io.leadflow.dashboard.domain.NextTurn;
import io.leadflow.dashboard.domain.Person;
import io.leadflow.dashboard.domain.RuleSummary;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The distribution rules seen today: leads per member today (the dashboard's own count), and since the rule began
 * with whose turn is next. The events tell who got each lead, not the rule's running tallies, so those are read
 * from assignment-service with the caller's token, one rule at a time.
 */
@RestController
class RuleTurnsController {

    private static final String ROUND_ROBIN = "ROUND_ROBIN";
    private static final Map<String, String> WHY_NO_TURN = Map.of(
            "WEIGHTED", "picks by weight, not by turn",
            "LOAD_BALANCED", "picks by load, not by turn");

    private final Dashboard dashboard;
    private final AssignmentServiceRelay assignmentService;
    private final JsonMapper json;

    RuleTurnsController(Dashboard dashboard, AssignmentServiceRelay assignmentService, JsonMapper json) {
        this.dashboard = dashboard;
        this.assignmentService = assignmentService;
        this.json = json;
    }

    /**
     * @param total leads the rule gave the member since it began; null when assignment-service could not say
     * @param next whose turn it is when the next lead comes and they are available; null when the rule does not
     *     go by turns (weighted, load-balanced) or the tallies are unavailable
     * @param note why there is no next, when there is none
     */
    record RuleTurnView(String rule, String method, List<MemberTurnView> members, MemberTurnView next, String note) {
    }

    record MemberTurnView(String id, String name, long assignedToday, Long total) {
    }

    @GetMapping("/api/rules")
    List<RuleTurnView> rules(@RequestHeader(HttpHeaders.AUTHORIZATION) String authorization) {
        return dashboard.overview().rules().stream().map(rule -> turns(rule, authorization)).toList();
    }

    private RuleTurnView turns(RuleSummary rule, String authorization) {
        ResponseEntity<String> state = assignmentService.get(
                "/routing/distribution-rules/" + AssignmentServiceController.encode(rule.rule()) + "/state",
                authorization);
        Map<String, Long> tallies = state.getStatusCode().is2xxSuccessful() ? tallies(state.getBody()) : null;
        List<MemberTurnView> members = rule.members().stream().map(member -> new MemberTurnView(member.member().id(),
                member.member().name(), member.assignedToday(),
                tallies == null ? null : tallies.getOrDefault(member.member().id(), 0L))).toList();
        if (tallies == null) {
            return new RuleTurnView(rule.rule(), rule.method(), members, null,
                    "tallies unavailable (assignment-service answered " + state.getStatusCode().value() + ")");
        }
        if (!ROUND_ROBIN.equals(rule.method())) {
            String why = rule.method() == null ? "no pick of its own today: how it picks is not known here"
                    : WHY_NO_TURN.get(rule.method());
            return new RuleTurnView(rule.rule(), rule.method(), members, null, why);
        }
        List<Person> order = rule.members().stream().map(RuleSummary.MemberCount::member).toList();
        MemberTurnView next = NextTurn.roundRobin(order, tallies)
                .flatMap(person -> members.stream().filter(member -> member.id().equals(person.id())).findFirst())
                .orElse(null);
        return new RuleTurnView(rule.rule(), rule.method(), members, next, next == null ? "no members yet" : null);
    }

    private Map<String, Long> tallies(String body) {
        Map<String, Long> tallies = new HashMap<>();
        JsonNode members = json.readTree(body).path("members");
        members.forEach(member -> tallies.put(member.path("userId").asString(), member.path("assigned").asLong()));
        return tallies;
    }
}
