package io.leadflow.assignment.web;

import io.leadflow.assignment.domain.Activation;
import io.leadflow.assignment.domain.Round;
import io.leadflow.assignment.domain.routing.ActivationRouting;
import io.leadflow.assignment.domain.routing.ConfigurationVersion;
import io.leadflow.assignment.domain.routing.RoutingSetup;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Clock;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Where a lead would go, under the configuration in effect or a proposed one, changing nothing. */
@RestController
@Tag(name = "Routing preview")
class RoutingPreviewController {

    private static final String PREVIEW = "preview";

    private final ActivationRouting routing;
    private final RoutingSetup setup;
    private final Clock clock;

    RoutingPreviewController(ActivationRouting routing, RoutingSetup setup, Clock clock) {
        this.routing = routing;
        this.setup = setup;
        this.clock = clock;
    }

    @PostMapping("/routing/preview")
    @Operation(summary = "Route a lead without changing anything",
            description = "Runs the routing of a newly active response for the lead against the configuration in "
                    + "effect, or the proposed one given, and returns the decision with its explanation. Nothing is "
                    + "stored or published and no distribution rule moves on: the next real lead gets the member "
                    + "shown here. A proposed configuration with errors is answered with 400 and the errors.")
    AssignmentView preview(@Valid @RequestBody PreviewRequest request) {
        ConfigurationVersion configuration = request.configuration() == null
                ? setup.current()
                : setup.proposal(request.configuration());
        LeadInput lead = request.lead();
        Activation activation = new Activation(PREVIEW, lead.leadId() == null ? PREVIEW : lead.leadId(),
                lead.campaignId(), PREVIEW, clock.instant(), lead.toLead(), true, Round.firstActivation(PREVIEW));
        return AssignmentView.of(routing.preview(activation, configuration));
    }
}
