package io.leadflow.launcher.demo;

import io.leadflow.events.LeadScoreChanged;
import io.leadflow.events.LeadStatusChanged;
import io.leadflow.events.ReactivationRequested;
import io.leadflow.events.RelatedRecordType;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.avro.specific.SpecificRecord;
import tools.jackson.databind.JsonNode;

/**
 * Seed 004 in the demo: leads the first act left out of the funnel come back. Configures reactivation scenarios
 * over reactivation-service's REST API ({@code demo/reactivation-scenarios.json}), then a late score revives a
 * resolved response, a lead back from nurture turns its newsletter non-response into an active response, and a
 * completed sales task on a lead without a recent response inserts a default campaign member. Each then goes
 * through routing and notification as any active response does.
 */
final class ReactivationScenes {

    private static final String SCENARIOS = "/demo/reactivation-scenarios.json";

    private final String reactivationServiceUrl;
    private final String responseServiceUrl;
    private final DemoHttp http;
    private final DemoConsole console;

    ReactivationScenes(String reactivationServiceUrl, String responseServiceUrl, DemoHttp http, DemoConsole console) {
        this.reactivationServiceUrl = reactivationServiceUrl;
        this.responseServiceUrl = responseServiceUrl;
        this.http = http;
        this.console = console;
    }

    /** Saves the example scenarios, as an operator would. */
    void configure() throws InterruptedException {
        JsonNode configuration;
        try (InputStream resource = ReactivationScenes.class.getResourceAsStream(SCENARIOS)) {
            configuration = http.json().readTree(resource);
        } catch (IOException e) {
            throw new IllegalStateException("Could not read the demo's reactivation scenarios", e);
        }
        HttpResponse<String> saved = http.send("PUT", reactivationServiceUrl + "/reactivation/configuration",
                http.json().createObjectNode()
                        .put("comment", "the demo's reactivation scenarios")
                        .set("configuration", configuration));
        if (saved == null || saved.statusCode() != 200) {
            throw new IllegalStateException("reactivation-service refused the demo's scenarios: "
                    + (saved == null ? "no answer" : saved.body()));
        }
        console.say("Reactivation configured (version " + http.json().readTree(saved.body()).path("version").asLong()
                + "): Late score (waits 5 s), Back from nurture, Sales task completed. See " + reactivationServiceUrl
                + "/reactivation/configuration and /swagger-ui.html");
    }

    /**
     * Plays the three scenes.
     *
     * @param lateScorer a lead whose response was resolved for its score of 30
     * @param nurtured a lead with only a newsletter non-response
     * @param taskLead a lead with no recent response, told about by a newsletter non-response of its own
     * @param publish sends an upstream event
     */
    void play(DemoLead lateScorer, DemoLead nurtured, DemoLead taskLead, Consumer<SpecificRecord> publish) {
        console.say("-- " + lateScorer.name() + "'s score arrives late, 30 -> 80: 'Late score' waits 5 s, then "
                + "revives the resolved webinar response; routing and notification follow");
        publish.accept(LeadScoreChanged.newBuilder().setEventId(UUID.randomUUID().toString()).setOccurredAt(now())
                .setCorrelationId(UUID.randomUUID().toString()).setLeadId(lateScorer.leadId())
                .setPreviousScore(30).setScore(80).build());
        console.say("-- " + nurtured.name() + "'s lead comes back from Nurture to Working: 'Back from nurture' "
                + "turns the newsletter non-response into an active response");
        publish.accept(LeadStatusChanged.newBuilder().setEventId(UUID.randomUUID().toString()).setOccurredAt(now())
                .setCorrelationId(UUID.randomUUID().toString()).setLeadId(nurtured.leadId())
                .setPreviousStatus("Nurture").setStatus("Working").build());
        console.say("-- a rep completes a sales task on " + taskLead.name() + ": 'Sales task completed' finds no "
                + "recent response and inserts a Sales Follow-up campaign member");
        publish.accept(ReactivationRequested.newBuilder().setEventId(UUID.randomUUID().toString()).setOccurredAt(now())
                .setCorrelationId(UUID.randomUUID().toString()).setLeadId(taskLead.leadId())
                .setScenario("Sales task completed").setRelatedRecordType(RelatedRecordType.TASK)
                .setRelatedRecordId("00T-" + taskLead.leadId().substring(4)).setRequestedBy("sales app").build());
    }

    /** Waits until each lead's reactivated member has its first owner, then tells what each lead went through. */
    void report(List<DemoLead> leads, Instant deadline) throws InterruptedException {
        while (Instant.now().isBefore(deadline) && !leads.stream().allMatch(this::routed)) {
            Thread.sleep(1000);
        }
        console.say("Why each lead was reactivated, as reactivation-service tells it (GET /leads/{id}/reactivations), "
                + "and the member response-service made active:");
        for (DemoLead lead : leads) {
            JsonNode decided = decided(lead);
            JsonNode member = reactivated(lead);
            console.say(String.format("   %-14s %-13s %s", lead.leadId(), lead.name(),
                    decided.path("reason").asString("(not decided yet)")));
            console.say(String.format("   %-28s -> %s %s, first owner %s", "", member.path("campaignName").asString("?"),
                    member.path("responseStatus").asString("?"), member.path("firstOwner").path("name").asString("-")));
        }
    }

    private boolean routed(DemoLead lead) {
        return reactivated(lead).path("firstOwner").isObject();
    }

    private JsonNode decided(DemoLead lead) {
        JsonNode runs = http.get(reactivationServiceUrl + "/leads/" + lead.leadId() + "/reactivations").path("runs");
        return runs.valueStream().filter(step -> "DECIDED".equals(step.path("outcome").asString()))
                .reduce((first, second) -> second).orElse(http.json().missingNode());
    }

    private JsonNode reactivated(DemoLead lead) {
        return http.get(responseServiceUrl + "/leads/" + lead.leadId() + "/campaign-members").valueStream()
                .filter(member -> member.path("reactivationCount").asInt() > 0)
                .findFirst().orElse(http.json().missingNode());
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
