package io.leadflow.assignment.web;

import io.leadflow.assignment.domain.reassignment.ManualReassignment;
import io.leadflow.assignment.domain.reassignment.ReassignmentOutcome;
import io.leadflow.assignment.domain.reassignment.ReassignmentRequest;
import io.leadflow.assignment.domain.routing.RoutingConfiguration;
import io.leadflow.assignment.domain.routing.RoutingSetup;
import io.leadflow.platform.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Manual reassignment of one lead or many (seed 003), whoever owns them now. */
@RestController
@Validated
@Tag(name = "Reassignment", description = "Reassign leads by hand: to a user, a distribution rule or a candidate query")
class ReassignmentController {

    static final int MAX_LEADS = 1000;

    private final ManualReassignment reassignment;
    private final RoutingSetup setup;

    ReassignmentController(ManualReassignment reassignment, RoutingSetup setup) {
        this.reassignment = reassignment;
        this.setup = setup;
    }

    /**
     * @param requestId names the request: send the same one again (a retry) and nothing is reassigned twice
     *     (default: a new one)
     * @param to the user, distribution rule or candidate query that gets the leads
     */
    record ReassignmentBody(
            String requestId,
            @NotEmpty(message = "must name at least one lead")
            @Size(max = MAX_LEADS, message = "must name at most " + MAX_LEADS + " leads; send several requests")
            List<@NotBlank(message = "must not be blank") String> leadIds,
            @NotNull(message = "must say who gets the leads") @Valid To to,
            String note) {
    }

    /** @param id the user id, the distribution rule's name or the candidate query's name */
    record To(@NotNull(message = "must be USER, DISTRIBUTION_RULE or CANDIDATE_QUERY") ReassignmentRequest.Kind type,
            @NotBlank(message = "must name the user, rule or query") String id) {
    }

    /** @param outcome REASSIGNED, NOT_REASSIGNED (reason says why), LOCKED (a group distribution runs) or UNKNOWN_LEAD */
    record OutcomeView(String leadId, String outcome, String reason, AssignmentView assignment) {

        static OutcomeView of(ReassignmentOutcome outcome) {
            if (outcome instanceof ReassignmentOutcome.Reassigned reassigned) {
                return new OutcomeView(outcome.leadId(), "REASSIGNED", reassigned.assignment().reason(),
                        AssignmentView.of(reassigned.assignment()));
            }
            if (outcome instanceof ReassignmentOutcome.NotReassigned not) {
                return new OutcomeView(outcome.leadId(), "NOT_REASSIGNED", not.reason(), null);
            }
            if (outcome instanceof ReassignmentOutcome.Locked locked) {
                return new OutcomeView(outcome.leadId(), "LOCKED", "the lead's primary agent is locked (Re-Assign in"
                        + " progress through reassignment group '" + locked.lock().group() + "', started by "
                        + locked.lock().lockedBy() + " at " + locked.lock().since() + ")", null);
            }
            return new OutcomeView(outcome.leadId(), "UNKNOWN_LEAD",
                    "leadflow has never routed this lead, so it has nothing to reassign", null);
        }
    }

    record ReassignmentView(String requestId, List<OutcomeView> leads) {
    }

    @PostMapping("/reassignments")
    @Operation(summary = "Reassign leads to a user, a distribution rule or a candidate query",
            description = "Each lead leadflow knows gets a new round of assignment, whoever owns it now: "
                    + "lead.assignment.requested and lead.assigned (method MANUAL_REASSIGNMENT) with the "
                    + "explanation, and the new owner is notified. A round still without an owner (offered, waiting "
                    + "for the engine, in the hopper) is superseded and its open offers are withdrawn (lead.expired "
                    + "with reason WITHDRAWN). A distribution rule takes its turns as for routed leads. The caller (the "
                    + "access token's subject) is recorded as who asked. Up to " + MAX_LEADS + " leads per request; one "
                    + "outcome per lead. A lead whose primary agent a reassignment group distribution has locked is not "
                    + "reassigned (outcome LOCKED; 409 when it is the only lead). 422 when the target does not exist.")
    ReassignmentView reassign(@Valid @RequestBody ReassignmentBody body, Caller caller) {
        RoutingConfiguration configuration = setup.current().configuration();
        boolean exists = switch (body.to().type()) {
            case USER -> configuration.user(body.to().id()).isPresent();
            case DISTRIBUTION_RULE -> configuration.distributionRule(body.to().id()).isPresent();
            case CANDIDATE_QUERY -> configuration.candidateQuery(body.to().id()).isPresent();
        };
        if (!exists) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "Unknown target", body.to().type() + " '"
                    + body.to().id() + "' is not in the routing configuration");
        }
        String requestId = body.requestId() == null || body.requestId().isBlank() ? UUID.randomUUID().toString()
                : body.requestId();
        List<ReassignmentOutcome> outcomes = reassignment.reassign(new ReassignmentRequest(requestId, body.leadIds(),
                body.to().type(), body.to().id(), caller.id(), body.note()));
        ReassignmentView view = new ReassignmentView(requestId, outcomes.stream().map(OutcomeView::of).toList());
        if (outcomes.size() == 1 && outcomes.get(0) instanceof ReassignmentOutcome.Locked) {
            throw new ApiException(HttpStatus.CONFLICT, "Re-Assign in progress", view.leads().get(0).reason());
        }
        return view;
    }
}
