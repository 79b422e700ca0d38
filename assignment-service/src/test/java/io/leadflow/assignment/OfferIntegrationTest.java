package io.leadflow.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.assignment.domain.routing.Acknowledgement;
import io.leadflow.assignment.domain.routing.CandidateQuery;
import io.leadflow.assignment.domain.routing.CandidateSort;
import io.leadflow.assignment.domain.routing.DistributionMethod;
import io.leadflow.assignment.domain.routing.DistributionRule;
import io.leadflow.assignment.domain.routing.Member;
import io.leadflow.assignment.domain.routing.Reassignment;
import io.leadflow.assignment.domain.routing.ReassignmentAlgorithm;
import io.leadflow.assignment.domain.routing.RoutingConfiguration;
import io.leadflow.assignment.domain.routing.RoutingUser;
import io.leadflow.assignment.domain.routing.Target;
import io.leadflow.criteria.Condition;
import io.leadflow.criteria.Criteria;
import io.leadflow.criteria.Operator;
import io.leadflow.events.LeadAcknowledged;
import io.leadflow.events.LeadOffered;
import io.leadflow.schemas.Topics;
import io.leadflow.testsupport.LeadflowTestInfrastructure;
import io.leadflow.testsupport.TestEvents;
import io.leadflow.testsupport.TopicProbe;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;

/**
 * Offers under an acknowledgement SLA, tried from the topics: a distribution rule offers each lead to its member
 * Ann, who must acknowledge within 15 minutes; when she does not, the reassignment's candidate query ("Gold or
 * Silver, best rated first") finds the next candidates among Ben (Gold, 4.9), Cara (Silver, 4.5), Dan (Gold,
 * 4.1) and Eve (Bronze, 5.0, filtered out); Finn is the default assignee. Time moves by the shared test clock.
 */
abstract class OfferIntegrationTest extends RoutingIntegrationTest {

    static final Duration SLA = Duration.ofMinutes(15);
    private static final HttpClient BROWSER = HttpClient.newHttpClient();

    RoutingUser ann;
    RoutingUser ben;
    RoutingUser cara;
    RoutingUser dan;
    RoutingUser eve;
    RoutingUser finn;
    String rule;
    String query;
    TopicProbe offers;

    @BeforeEach
    void meetTheTeam() {
        ann = rated("Ann", 3.0, "Gold");
        ben = rated("Ben", 4.9, "Gold");
        cara = rated("Cara", 4.5, "Silver");
        dan = rated("Dan", 4.1, "Gold");
        eve = rated("Eve", 5.0, "Bronze");
        finn = rated("Finn", null, null);
        rule = "offers-" + unique;
        query = "best-" + unique;
        offers = TopicProbe.start(LeadflowTestInfrastructure.kafkaBootstrapServers(), Topics.LEAD_OFFERED,
                Topics.LEAD_EXPIRED, Topics.LEAD_ACKNOWLEDGED);
    }

    @org.junit.jupiter.api.AfterEach
    void closeOfferProbe() {
        offers.close();
    }

    RoutingUser rated(String name, Double rating, String tier) {
        return new RoutingUser(userId(name), name, null, null, false, List.of(), rating, tier, List.of(), Map.of());
    }

    /** The team's configuration: Ann's rule offers leads under the SLA, the reassignment does the rest. */
    RoutingConfiguration offering(ReassignmentAlgorithm algorithm, Integer blastSize, Integer maxAttempts) {
        Reassignment reassignment = new Reassignment(algorithm, query, blastSize, maxAttempts, null,
                Target.user(finn.id()));
        DistributionRule offersToAnn = new DistributionRule(rule, DistributionMethod.ROUND_ROBIN,
                List.of(Member.of(ann.id())), null, null, null, new Acknowledgement(SLA, reassignment));
        CandidateQuery best = new CandidateQuery(query, null,
                Criteria.all(Condition.of("tier", Operator.IN, "Gold", "Silver")),
                List.of(new CandidateSort("rating", CandidateSort.Direction.DESC)), null);
        return new RoutingConfiguration(Target.distributionRule(rule), List.of(), null, List.of(offersToAnn),
                List.of(ann, ben, cara, dan, eve, finn), List.of(), List.of(), null, List.of(best));
    }

    LeadAcknowledged acknowledgement(String leadId, RoutingUser by, String offerId, Instant at) {
        return LeadAcknowledged.newBuilder()
                .setEventId(UUID.randomUUID().toString())
                .setOccurredAt(at)
                .setCorrelationId("corr-" + leadId)
                .setLeadId(leadId)
                .setAcknowledgedBy(TestEvents.user(by.id(), by.name()))
                .setOfferId(offerId)
                .build();
    }

    /** Moves time past the open offers' deadline. */
    void letTheDeadlinePass() {
        clock.advance(SLA.plusSeconds(1));
    }

    /** The n-th offer of the lead (1-based), waiting for it if need be. */
    LeadOffered offer(String leadId, int n) {
        return offers.awaitEvents(Topics.LEAD_OFFERED, leadId, n).get(n - 1);
    }

    /** Uses the acknowledgement link of the offer as a browser would (POST), on this test's port. */
    HttpResponse<String> clickAcknowledge(LeadOffered offer, String method, String accept) {
        URI link = URI.create(offer.getAcknowledgeUrl());
        URI local = URI.create("http://localhost:" + port + link.getRawPath() + "?" + link.getRawQuery());
        HttpRequest.Builder request = HttpRequest.newBuilder(local).header("Accept", accept);
        request = method.equals("POST") ? request.POST(HttpRequest.BodyPublishers.noBody()) : request.GET();
        try {
            return BROWSER.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("calling " + local, e);
        }
    }
}
