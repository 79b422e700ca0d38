package io.leadflow.reactivation.web;

import io.leadflow.platform.events.EventIds;
import io.leadflow.platform.security.Caller;
import io.leadflow.reactivation.domain.Reactivations;
import io.leadflow.reactivation.domain.lead.LeadEvent;
import io.leadflow.reactivation.domain.run.RunStep;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Clock;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Per lead: why it was or was not reactivated, and an invocable scenario run on request. */
@RestController
@Tag(name = "Lead reactivations", description = "What reactivation-service knows of a lead, every scenario run "
        + "for it with its outcome and reason, and invocable reactivation.")
class LeadReactivationController {

    private final Reactivations reactivations;
    private final Clock clock;

    LeadReactivationController(Reactivations reactivations, Clock clock) {
        this.reactivations = reactivations;
        this.clock = clock;
    }

    @GetMapping("/leads/{leadId}/reactivations")
    @Operation(summary = "Why was / wasn't this lead reactivated?",
            description = "The lead as this service knows it (score, status, open active response, campaign "
                    + "history with each member's inferred status), the scenarios waiting to fire for it, and "
                    + "every step of every scenario run, oldest first, each with its outcome and reason.")
    LeadReactivationsView lead(@PathVariable String leadId) {
        return LeadReactivationsView.of(reactivations.of(leadId));
    }

    @PostMapping("/reactivation/preview")
    @Operation(summary = "If this event arrived for this lead now, what would happen?",
            description = "Which scenario would count the event, whether it would start a wait, when the wait "
                    + "would end, and what the scenario would decide then if nothing else happened (with the "
                    + "lead's campaign history as this service knows it now). Changes nothing: no wait, no log, "
                    + "nothing published.")
    PreviewView preview(@Valid @RequestBody PreviewRequest request) {
        return PreviewView.of(request.leadId(), reactivations.preview(request.toEvent(clock.instant())));
    }

    @PostMapping("/leads/{leadId}/reactivations")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Run an invocable scenario for the lead",
            description = "The same as a reactivation.requested event: the scenario waits its wait period, then "
                    + "decides if the lead still has no open active response. Answers with the run's first step "
                    + "(WAITING, ALREADY_WAITING or ACTIVE_RESPONSE_EXISTS). 400 when the scenario is not an "
                    + "enabled invocable one.")
    RunStepView invoke(@PathVariable String leadId, @Valid @RequestBody InvocationRequest request, Caller caller) {
        String eventId = EventIds.random();
        RunStep step = reactivations.invoke(new LeadEvent.ReactivationRequested(eventId, leadId, eventId,
                clock.instant(), request.scenario(), request.relatedRecordType().name(), request.relatedRecordId(),
                caller.id()));
        return RunStepView.of(step);
    }
}
