package io.leadflow.assignment.web;

import io.leadflow.assignment.domain.Assignment;
import io.leadflow.assignment.domain.AssignmentMethod;
import io.leadflow.assignment.domain.Owner;
import io.leadflow.assignment.domain.OwnerKind;
import io.leadflow.assignment.domain.hopper.Hopper;
import io.leadflow.assignment.domain.hopper.Hopper.ClaimOutcome;
import io.leadflow.assignment.domain.routing.RoutingSetup;
import io.leadflow.assignment.domain.routing.RoutingUser;
import io.leadflow.platform.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The hopper: leads waiting for a user to claim them, first come, first served. */
@RestController
@Validated
@Tag(name = "Hopper", description = "A pool of leads, unassigned or with an owner, that users claim")
class HopperController {

    private final Hopper hopper;
    private final RoutingSetup setup;

    HopperController(Hopper hopper, RoutingSetup setup) {
        this.hopper = hopper;
        this.setup = setup;
    }

    @GetMapping("/hopper")
    @Operation(summary = "Leads in the hopper nobody claimed yet, oldest first")
    List<AssignmentView> hopper(@RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        return hopper.claimable(limit).stream().map(AssignmentView::of).toList();
    }

    @PostMapping("/hopper/{assignmentId}/claim")
    @Operation(summary = "Claim a lead from the hopper",
            description = "The first claim wins; the lead's owner becomes the claiming user and lead.assigned "
                    + "(method HOPPER_CLAIM) is published. The assignment id is the response id for a response's "
                    + "first activation, and the assignmentId the hopper lists for a reactivation. 409 when someone "
                    + "claimed it first or it is not in the hopper; 422 when the user is not in the routing "
                    + "configuration's user directory. The claiming user is the caller (the access "
                    + "token's subject); the request has no body.")
    AssignmentView claim(@PathVariable String assignmentId, Caller caller) {
        RoutingUser user = setup.current().configuration().user(caller.id())
                .orElseThrow(() -> new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "Unknown user",
                        "user " + caller.id() + " is not in the routing configuration's user directory"));
        ClaimOutcome outcome = hopper.claim(assignmentId, new Owner(user.id(), OwnerKind.USER, user.name()));
        if (outcome instanceof ClaimOutcome.Claimed claimed) {
            return AssignmentView.of(claimed.assignment());
        }
        if (outcome instanceof ClaimOutcome.Locked locked) {
            throw new ApiException(HttpStatus.CONFLICT, "Re-Assign in progress", "the lead's primary agent is locked"
                    + " by a distribution through reassignment group '" + locked.lock().group() + "', started by "
                    + locked.lock().lockedBy() + " at " + locked.lock().since());
        }
        if (outcome instanceof ClaimOutcome.NotClaimable notClaimable) {
            throw new ApiException(HttpStatus.CONFLICT, "Lead not claimable", whyNot(notClaimable.assignment()));
        }
        throw ApiException.notFound("Assignment not found", "No assignment " + assignmentId);
    }

    private static String whyNot(Assignment assignment) {
        String lead = "the lead of response " + assignment.responseId();
        if (assignment.method() == AssignmentMethod.HOPPER_CLAIM) {
            return lead + " was claimed by " + assignment.finalOwner().describe() + " at " + assignment.assignedAt();
        }
        if (assignment.hopper()) {
            return lead + " is still being put in the hopper; try again in a moment";
        }
        return lead + " is not in the hopper (" + assignment.state() + ")";
    }
}
