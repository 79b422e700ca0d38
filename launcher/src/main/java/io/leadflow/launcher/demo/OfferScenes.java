package io.leadflow.launcher.demo;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import tools.jackson.databind.JsonNode;

/**
 * Seed 003 in the demo: a lead is only offered, and becomes a rep's when they acknowledge it. The example routing
 * sends Healthcare leads to the Offer desk, whose member Sofia Garcia has 6 s to acknowledge; she ignores the offer,
 * it expires, and the Round Robin reassignment offers the lead to the best rated Gold or Silver rep left, Marcus Lee,
 * who opens the signed link of his webhook notification and acknowledges it.
 */
final class OfferScenes {

    static final String REP_WHO_ACKNOWLEDGES = "005-marcus";
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    /** The time a rep takes to read the notification before clicking. */
    private static final Duration READING = Duration.ofSeconds(2);

    private final String assignmentServiceUrl;
    private final DemoHttp http;
    private final DemoConsole console;
    private final DemoLead lead;
    private final CompletableFuture<String> marcusLink = new CompletableFuture<>();

    /** @param lead a Healthcare lead, which the example routing offers to the Offer desk */
    OfferScenes(DemoLead lead, String assignmentServiceUrl, DemoHttp http, DemoConsole console) {
        this.lead = lead;
        this.assignmentServiceUrl = assignmentServiceUrl;
        this.http = http;
        this.console = console;
    }

    /** Keeps the acknowledgement link of the offer Marcus Lee is told about on the webhook inbox. */
    void notified(JsonNode notification) {
        if ("lead.offered".equals(notification.path("event").asString())
                && notification.path("leadId").asString().equals(lead.leadId())
                && REP_WHO_ACKNOWLEDGES.equals(notification.path("recipient").path("id").asString())) {
            marcusLink.complete(notification.path("acknowledgeUrl").asString());
        }
    }

    /**
     * Plays the scene once the lead's response was published: waits for Marcus Lee's offer, acknowledges it through
     * its link and waits until the lead is his.
     *
     * @param responseId the lead's response's id, which is also its assignment's
     */
    void play(String responseId) throws InterruptedException {
        String link;
        try {
            link = marcusLink.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            console.say("   Marcus Lee was not offered " + lead.name() + " within " + PATIENCE.toSeconds()
                    + " s: see " + assignmentServiceUrl + "/leads/" + lead.leadId() + "/assignments");
            return;
        }
        Thread.sleep(READING.toMillis());
        console.say("-- Marcus Lee follows the link in his notification and acknowledges: " + link);
        HttpResponse<String> answer = http.post(link);
        if (answer == null) {
            console.say("   the link did not answer: is assignment-service up?");
            return;
        }
        console.say("   the link answered " + answer.statusCode() + ": "
                + http.json().readTree(answer.body()).path("message").asString());
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline) && !"ASSIGNED".equals(
                http.get(assignmentServiceUrl + "/assignments/" + responseId).path("state").asString())) {
            Thread.sleep(500);
        }
    }
}
