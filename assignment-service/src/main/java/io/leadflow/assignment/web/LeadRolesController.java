package io.leadflow.assignment.web;

import io.leadflow.assignment.domain.Assignments;
import io.leadflow.assignment.domain.LeadRoles;
import io.leadflow.assignment.domain.group.GroupDistribution;
import io.leadflow.assignment.domain.group.GroupOutcome;
import io.leadflow.assignment.domain.group.LeadLocks;
import io.leadflow.assignment.domain.group.PrimaryAgentLocks;
import io.leadflow.assignment.domain.group.TimelineRecord;
import io.leadflow.assignment.domain.reassignment.LeadsNow;
import io.leadflow.platform.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A lead's agent roles and what a person does with them (seed 002): replace the primary agent through a
 * reassignment group, see whether a distribution is in progress, read the lead's timeline records.
 */
@RestController
@Tag(name = "Lead roles", description = "A lead's agent roles, reassignment through groups, and its timeline")
class LeadRolesController {

    private final GroupDistribution distribution;
    private final LeadsNow leads;
    private final LeadRoles roles;
    private final PrimaryAgentLocks locks;
    private final Assignments assignments;

    LeadRolesController(GroupDistribution distribution, LeadsNow leads, LeadRoles roles, PrimaryAgentLocks locks,
            Assignments assignments) {
        this.distribution = distribution;
        this.leads = leads;
        this.roles = roles;
        this.locks = locks;
        this.assignments = assignments;
    }

    /** @param since when the holder got the role (null for the primary agent: see the lead's assignments) */
    record RoleView(String role, AssignmentView.OwnerView holder, String since) {
    }

    /** @param lock the distribution holding the primary agent ("Re-Assign in progress"), if one runs */
    record RolesView(String leadId, List<RoleView> roles, LockView lock) {
    }

    record LockView(String group, String lockedBy, String since, String assignmentId) {

        static LockView of(LeadLocks.Lock lock) {
            return new LockView(lock.group(), lock.lockedBy(), lock.since().toString(), lock.assignmentId());
        }
    }

    /** @param requestId names the request: repeating it starts nothing more (default: a new one) */
    record GroupRequest(@NotBlank(message = "must name the reassignment group") String group, String requestId) {
    }

    record TimelineView(String leadId, String assignmentId, String group, String triggeredBy,
            AssignmentView.OwnerView previousOwner, AssignmentView.OwnerView newOwner, String method, String text,
            String startedAt, String completedAt, long durationMillis) {

        static TimelineView of(TimelineRecord record) {
            return new TimelineView(record.leadId(), record.assignmentId(), record.group(), record.triggeredBy(),
                    AssignmentView.OwnerView.of(record.previousOwner()), AssignmentView.OwnerView.of(record.newOwner()),
                    record.method().name(), record.text(), record.startedAt().toString(),
                    record.completedAt().toString(), record.duration().toMillis());
        }
    }

    @GetMapping("/leads/{leadId}/roles")
    @Operation(summary = "The lead's agent roles: the primary agent leadflow routes, the others as the CRM set them")
    RolesView roles(@PathVariable String leadId) {
        Map<String, RoleView> all = new LinkedHashMap<>();
        Optional<io.leadflow.assignment.domain.Owner> primary = leads.primaryAgent(leadId);
        primary.ifPresent(owner -> all.put(LeadRoles.PRIMARY_AGENT,
                new RoleView(LeadRoles.PRIMARY_AGENT, AssignmentView.OwnerView.of(owner), null)));
        roles.rolesOf(leadId).forEach((role, holder) -> all.put(role,
                new RoleView(role, AssignmentView.OwnerView.of(holder.holder()), holder.since().toString())));
        if (all.isEmpty()) {
            throw ApiException.notFound("Lead not found", "leadflow knows no agent of lead " + leadId);
        }
        LeadLocks.Lock lock = locks.heldOn(List.of(leadId)).get(leadId);
        return new RolesView(leadId, List.copyOf(all.values()), lock == null ? null : LockView.of(lock));
    }

    @GetMapping("/leads/{leadId}/reassignment-groups")
    @Operation(summary = "The reassignment groups the caller may send this lead to (Available To)")
    List<ReassignmentGroupController.GroupView> groupsForLead(@PathVariable String leadId, Caller caller) {
        return distribution.availableTo(caller.id()).stream()
                .map(stored -> ReassignmentGroupController.GroupView.of(stored, false)).toList();
    }

    @PostMapping("/leads/{leadId}/roles/{role}/reassignment")
    @Operation(summary = "Replace the lead's primary agent through a reassignment group",
            description = "The group's method picks an assignee, who is offered the lead (lead.offered) and claims it "
                    + "within the group's claim window (lead.acknowledged or the offer's link), else the default "
                    + "assignee gets it; meanwhile the primary agent is locked (lead.lock.requested) and other "
                    + "reassignments of the lead are refused with 409. Once someone has the lead a timeline record is "
                    + "published (lead.timeline.recorded). 422 for any role but PRIMARY_AGENT; 403 when the group is "
                    + "not available to the caller; 404 for an unknown group or lead; 409 while a distribution runs. "
                    + "The caller is recorded as who triggered it.")
    AssignmentView sendToGroup(@PathVariable String leadId, @PathVariable String role,
            @Valid @RequestBody GroupRequest request, Caller caller) {
        String requestId = request.requestId() == null || request.requestId().isBlank() ? UUID.randomUUID().toString()
                : request.requestId();
        GroupOutcome outcome = distribution.send(leadId, role, request.group(), caller.id(), requestId);
        if (outcome instanceof GroupOutcome.Started started) {
            return AssignmentView.of(started.assignment());
        }
        if (outcome instanceof GroupOutcome.NotPrimaryAgent notPrimary) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "Only the primary agent", "Only the primary"
                    + " agent role can be replaced through a reassignment group, not " + notPrimary.role()
                    + "; other roles are changed in the CRM");
        }
        if (outcome instanceof GroupOutcome.NotAvailable notAvailable) {
            throw new ApiException(HttpStatus.FORBIDDEN, "Not permitted", "reassignment group '"
                    + notAvailable.name() + "' is not available to " + caller.id() + "'s user group (Available To)");
        }
        if (outcome instanceof GroupOutcome.Locked locked) {
            throw new ApiException(HttpStatus.CONFLICT, "Re-Assign in progress", "the lead's primary agent is locked"
                    + " by a distribution through reassignment group '" + locked.lock().group() + "', started by "
                    + locked.lock().lockedBy() + " at " + locked.lock().since());
        }
        if (outcome instanceof GroupOutcome.UnknownGroup unknown) {
            throw ApiException.notFound("Reassignment group not found", "No reassignment group '" + unknown.name()
                    + "'");
        }
        throw ApiException.notFound("Lead not found", "leadflow has never routed lead " + leadId
                + ", so it has nothing to reassign");
    }

    @GetMapping("/leads/{leadId}/timeline")
    @Operation(summary = "The lead's timeline records: reassignment group distributions that completed, oldest first")
    List<TimelineView> timeline(@PathVariable String leadId) {
        return assignments.ofLead(leadId).stream().map(TimelineRecord::of).flatMap(Optional::stream)
                .map(TimelineView::of).toList();
    }
}
