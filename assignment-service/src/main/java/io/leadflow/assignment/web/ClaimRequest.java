package io.leadflow.assignment.web;

import jakarta.validation.constraints.NotBlank;

/** A user claiming a lead from the hopper. */
record ClaimRequest(@NotBlank(message = "must be the CRM id of the user claiming the lead") String userId) {
}
