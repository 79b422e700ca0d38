package io.leadflow.assignment.web;

import io.leadflow.assignment.domain.offer.CandidateSearch;
import io.leadflow.assignment.domain.routing.CandidateQuery;
import io.leadflow.assignment.domain.routing.ConfigurationVersion;
import io.leadflow.assignment.domain.routing.LeadLoads;
import io.leadflow.assignment.domain.routing.RoutingConfiguration;
import io.leadflow.assignment.domain.routing.RoutingSetup;
import io.leadflow.assignment.domain.routing.RoutingUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** What a candidate query finds now, under the configuration in effect or a proposed one, changing nothing. */
@RestController
@Validated
@Tag(name = "Routing preview")
class CandidateQueryPreviewController {

    private final RoutingSetup setup;
    private final LeadLoads loads;
    private final Clock clock;

    CandidateQueryPreviewController(RoutingSetup setup, LeadLoads loads, Clock clock) {
        this.setup = setup;
        this.loads = loads;
        this.clock = clock;
    }

    /**
     * @param configuration a proposed configuration to try (null: the one in effect)
     * @param alreadyOffered users the lead was offered to before, whom a reassignment leaves out
     */
    record CandidatePreviewRequest(@NotBlank(message = "must name a candidate query") String candidateQuery,
            @Valid RoutingConfiguration configuration, List<String> alreadyOffered) {
    }

    /** @param rank 1 for the first candidate a reassignment would offer the lead to */
    record RankedCandidate(int rank, String userId, String name, Double rating, String tier, List<String> tags,
            long openLeads) {
    }

    record CandidatePreview(String candidateQuery, List<RankedCandidate> candidates,
            List<ExplanationView.CandidateView> excluded) {
    }

    @PostMapping("/routing/candidate-queries/preview")
    @Operation(summary = "Run a candidate query without changing anything",
            description = "The users a reassignment would offer a lead to now, best first, and every other user of "
                    + "the query's pool with the reason it was left out (filter, availability, open leads, already "
                    + "offered). 404 when the query does not exist; a proposed configuration with errors is answered "
                    + "with 400 and the errors.")
    CandidatePreview preview(@Valid @RequestBody CandidatePreviewRequest request) {
        ConfigurationVersion version = request.configuration() == null ? setup.current()
                : setup.proposal(request.configuration());
        RoutingConfiguration configuration = version.configuration();
        CandidateQuery query = configuration.candidateQuery(request.candidateQuery())
                .orElseThrow(() -> ApiException.notFound("Candidate query not found", "No candidate query '"
                        + request.candidateQuery() + "' in the configuration"));
        Map<String, Long> openLeads = loads.openLeads(configuration.users().stream().map(RoutingUser::id).toList());
        CandidateSearch.Result found = CandidateSearch.search(query, configuration,
                request.alreadyOffered() == null ? List.of() : request.alreadyOffered(), openLeads, clock.instant());
        List<RankedCandidate> ranked = new ArrayList<>();
        for (int i = 0; i < found.eligible().size(); i++) {
            RoutingUser user = found.eligible().get(i);
            ranked.add(new RankedCandidate(i + 1, user.id(), user.name(), user.rating(), user.tier(), user.tags(),
                    openLeads.getOrDefault(user.id(), 0L)));
        }
        return new CandidatePreview(query.name(), ranked,
                found.excluded().stream().map(ExplanationView.CandidateView::of).toList());
    }
}
