package io.leadflow.assignment.web;

import io.leadflow.assignment.domain.group.GroupAdministration;
import io.leadflow.assignment.domain.group.StoredGroup;
import io.leadflow.platform.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Setting up reassignment groups (seed 002). Anyone authenticated may read them; changing one needs the edition's
 * permission (Team Features or Manage Lead Distribution) and a scope covering the group's user group.
 */
@RestController
@Tag(name = "Reassignment groups", description = "Groups that leads already in the system are sent to by hand")
class ReassignmentGroupController {

    private final GroupAdministration administration;

    ReassignmentGroupController(GroupAdministration administration) {
        this.administration = administration;
    }

    /**
     * @param editable whether the caller may change or delete it
     */
    record GroupView(String name, GroupBody group, long version, String changedBy, String changedAt,
            boolean editable) {

        static GroupView of(StoredGroup stored, boolean editable) {
            return new GroupView(stored.group().name(), GroupBody.of(stored.group()), stored.version(),
                    stored.changedBy(), stored.changedAt().toString(), editable);
        }
    }

    /** @param expectedVersion the version the change replaces (null: whatever is current; 0: a new group) */
    record GroupChange(Long expectedVersion, @NotNull(message = "must describe the group") @Valid GroupBody group) {
    }

    record SavedView(GroupView group, List<ProblemView> warnings) {
    }

    @GetMapping("/reassignment-groups")
    @Operation(summary = "Every reassignment group, by name, with whether the caller may edit it")
    List<GroupView> groups(Caller caller) {
        return administration.all().stream()
                .map(stored -> GroupView.of(stored, administration.canEdit(caller.id(), stored))).toList();
    }

    @GetMapping("/reassignment-groups/{name}")
    @Operation(summary = "One reassignment group")
    GroupView group(@PathVariable String name, Caller caller) {
        StoredGroup stored = administration.find(name)
                .orElseThrow(() -> ApiException.notFound("Reassignment group not found", "No reassignment group '"
                        + name + "'"));
        return GroupView.of(stored, administration.canEdit(caller.id(), stored));
    }

    @PutMapping("/reassignment-groups/{name}")
    @Operation(summary = "Create or change a reassignment group",
            description = "Validated against the routing configuration's users and the company's user groups: 400 "
                    + "lists every error (nothing saved); warnings come back with the saved group. 403 when the caller "
                    + "lacks the edition's permission (TEAM_FEATURES or MANAGE_LEAD_DISTRIBUTION) or their scope "
                    + "(USERS_GROUP) does not cover the group's owner group, before or after the change. 409 when "
                    + "expectedVersion is not the current version. The caller is recorded as who changed it.")
    SavedView save(@PathVariable String name, @Valid @RequestBody GroupChange change, Caller caller) {
        GroupAdministration.Saved saved = administration.save(change.group().toGroup(name), change.expectedVersion(),
                caller.id());
        return new SavedView(GroupView.of(saved.group(), true), ProblemView.of(saved.validation().warnings()));
    }

    @PostMapping("/reassignment-groups/validate")
    @Operation(summary = "Check a reassignment group without saving it")
    ValidationView validate(@Valid @RequestBody GroupChange change) {
        return ValidationView.of(administration.validate(change.group().toGroup("validated")));
    }

    @DeleteMapping("/reassignment-groups/{name}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a reassignment group", description = "Distributions in progress complete; 403 "
            + "when the caller may not edit the group, 404 when there is none by that name.")
    void delete(@PathVariable String name, Caller caller) {
        if (!administration.delete(name, caller.id())) {
            throw ApiException.notFound("Reassignment group not found", "No reassignment group '" + name + "'");
        }
    }
}
