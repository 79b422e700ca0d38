package io.leadflow.launcher.demo;

import io.leadflow.events.ResponseCreated;
import io.leadflow.launcher.AccessKeys;
import io.leadflow.launcher.MailSink;
import io.leadflow.schemas.EventSerializer;
import io.leadflow.schemas.Topics;
import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plays realistic traffic through a running platform and narrates it. It first configures routing as an
 * operator would (the example configuration {@code demo/routing-configuration.json}): EMEA leads go round
 * robin to two SDRs, strategic accounts are weighted 2:1 between two closers, small banks go to the hopper,
 * and everything else to the external engine. Then responses arrive: the engine routes most of its leads a
 * few seconds later, one is never picked up and falls back after the timeout, a user claims the bank from
 * the hopper, one owner keeps the lead, one response does not qualify, and one upstream retry delivers an
 * event twice. Ends with the first-owner metrics response-service stored. Then reactivation scenarios bring
 * three leads back into the funnel ({@link ReactivationScenes}), and a lead is offered under an acknowledgement SLA,
 * ignored, reassigned and acknowledged through its link ({@link OfferScenes}).
 */
public final class Demo {

    private static final Duration PACE = Duration.ofMillis(1500);

    private static final String ROUTING_CONFIGURATION = "/demo/routing-configuration.json";
    private static final String SHARK = "005-marcus";

    private final String bootstrapServers;
    private final String responseServiceUrl;
    private final String assignmentServiceUrl;
    private final String reactivationServiceUrl;
    private final Duration engineWaitTimeout;
    private final DemoConsole console;
    private final DemoHttp http;
    private final JsonMapper json;
    /** The third act, from the moment its lead is about to respond: it reads the webhooks that lead causes. */
    private volatile OfferScenes offers;

    /** @param accessKeys the keys the services check tokens with: the demo calls them with tokens it signs */
    public Demo(String bootstrapServers, String responseServiceUrl, String assignmentServiceUrl,
            String reactivationServiceUrl, Duration engineWaitTimeout, AccessKeys accessKeys, PrintStream out) {
        this.http = new DemoHttp(accessKeys);
        this.json = http.json();
        this.bootstrapServers = bootstrapServers;
        this.responseServiceUrl = responseServiceUrl;
        this.assignmentServiceUrl = assignmentServiceUrl;
        this.reactivationServiceUrl = reactivationServiceUrl;
        this.engineWaitTimeout = engineWaitTimeout;
        this.console = new DemoConsole(out);
    }

    /** Tells a notification that reached the local webhook inbox. */
    public void notified(JsonNode notification) {
        OfferScenes playing = offers;
        if (playing != null) {
            playing.notified(notification);
        }
        console.event("webhook", notification.path("leadId").asString(), "inbox of "
                + notification.path("recipient").path("name").asString() + ": " + notification.path("subject").asString());
    }

    /** Tells an email that reached the local mail sink, and the file it is in. */
    public void mailed(MailSink.Mail mail) {
        console.event("mail", mail.leadId() == null ? "-" : mail.leadId(), "to " + String.join(", ", mail.to()) + ": "
                + mail.subject() + " (" + mail.file() + ")");
    }

    public void play() throws InterruptedException {
        String run = UUID.randomUUID().toString().substring(0, 4);
        List<DemoLead> leads = script(run);
        configureRouting();
        console.say("Demo run " + run + ": " + leads.size() + " leads respond; the external engine waits "
                + engineWaitTimeout.toSeconds() + " s before the fallback owner takes over.");
        console.say("Owners are told on the webhook inbox; Alice Archer by email too and Priya Patel by email only "
                + "(demo/notification-recipients.properties): their mail lands in the mail sink, one .eml file each.");
        try (FlowPrinter printer = new FlowPrinter(bootstrapServers, console);
                SimulatedCrm crm = new SimulatedCrm(bootstrapServers);
                KafkaProducer<String, Object> upstream = producer()) {
            ResponseCreated first = null;
            for (DemoLead lead : leads) {
                console.say("-- " + lead.name() + ": " + lead.expectation());
                crm.knows(lead);
                ResponseCreated response = response(lead);
                first = first == null ? response : first;
                publish(upstream, response);
                Thread.sleep(PACE.toMillis());
            }
            console.say("-- the marketing system retries " + first.getLeadId() + "'s response: delivered twice, handled once");
            publish(upstream, first);
            claimFromTheHopper(leads.stream().filter(lead -> lead.company().contains("Bank")).findFirst().orElseThrow());
            awaitOutcomes(leads);
            reactivate(leads.get(3), leads.get(5), taskLead(run), crm, upstream);
            offer(offerLead(run), crm, upstream);
        }
    }

    /** The third act (seed 003): a lead offered under an acknowledgement SLA, ignored, reassigned, acknowledged. */
    private void offer(DemoLead lead, SimulatedCrm crm, KafkaProducer<String, Object> upstream)
            throws InterruptedException {
        offers = new OfferScenes(lead, assignmentServiceUrl, http, console);
        console.say("-- " + lead.name() + ": " + lead.expectation());
        crm.knows(lead);
        publish(upstream, response(lead));
        offers.play(responseId(lead));
    }

    private static DemoLead offerLead(String run) {
        return new DemoLead("00Q-" + run + "-12", "Noah", "Schmidt", "Mercy Clinics", "Director of Operations", 2100,
                "US", "IL", "Healthcare", 83, DemoLead.INBOUND_QUEUE, true,
                "Healthcare goes to the Offer desk: Sofia Garcia has 6 s to acknowledge; she ignores it, the offer "
                        + "expires, and the Round Robin offers the lead to the best rated Gold or Silver rep left");
    }

    /** The second act (seed 004): leads the first act left out of the funnel come back into it. */
    private void reactivate(DemoLead lateScorer, DemoLead nurtured, DemoLead taskLead, SimulatedCrm crm,
            KafkaProducer<String, Object> upstream) throws InterruptedException {
        ReactivationScenes scenes = new ReactivationScenes(reactivationServiceUrl, responseServiceUrl, http, console);
        scenes.configure();
        console.say("-- " + taskLead.name() + ": " + taskLead.expectation());
        crm.knows(taskLead);
        publish(upstream, response(taskLead));
        scenes.play(lateScorer, nurtured, taskLead, event -> publish(upstream, event));
        scenes.report(List.of(lateScorer, nurtured, taskLead), Instant.now().plus(engineWaitTimeout).plusSeconds(40));
    }

    private static DemoLead taskLead(String run) {
        return new DemoLead("00Q-" + run + "-11", "Mia", "Chen", "Pied Piper", "Head of Data", 250, "US", "CA",
                "Software", 62, DemoLead.INBOUND_QUEUE, false,
                "only a newsletter non-response: no funnel, until a sales task says otherwise");
    }

    private static List<DemoLead> script(String run) {
        return List.of(
                new DemoLead("00Q-" + run + "-01", "Dana", "Reyes", "Acme Corp", "VP Operations", 1200, "US", "CA",
                        "Manufacturing", 85, DemoLead.INBOUND_QUEUE, true,
                        "qualifies; parked in Lead Routing Queue; Matchmaker routes her to the West account owner"),
                new DemoLead("00Q-" + run + "-02", "Tom", "Becker", "Globex", "Director of IT", 5400, "US", "NY",
                        "Financial Services", 92, DemoLead.INBOUND_QUEUE, true,
                        "qualifies; Matchmaker routes him to the East account owner"),
                new DemoLead("00Q-" + run + "-03", "Ana", "Silva", "Initech Brasil", "CTO", 300, "BR", "SP",
                        "Software", 77, DemoLead.INBOUND_QUEUE, true,
                        "qualifies, but no territory matches: nobody picks her up and the timeout falls back"),
                new DemoLead("00Q-" + run + "-04", "Lee", "Wong", "Umbrella", "Analyst", 80, "US", "TX",
                        "Pharmaceuticals", 30, DemoLead.INBOUND_QUEUE, true,
                        "score 30 is below the threshold: Resolved - No Action Required"),
                new DemoLead("00Q-" + run + "-05", "Kim", "Park", "Hooli", "Head of Growth", 900, "US", "WA",
                        "Internet", 88, DemoLead.ALICE, true,
                        "owned by Alice, who is not subject to reassignment: she keeps the lead"),
                new DemoLead("00Q-" + run + "-06", "Omar", "Haddad", "Vandelay", "Buyer", 40, "US", "MA",
                        "Import/Export", 90, DemoLead.INBOUND_QUEUE, false,
                        "a non-response (email sent): no funnel, nothing happens"),
                new DemoLead("00Q-" + run + "-07", "Eva", "Novak", "Stark Industries", "COO", 20000, "US", "IL",
                        "Defense", 70, DemoLead.INBOUND_QUEUE, true,
                        "strategic account: the weighted rule shares these 2:1 between Priya Patel and Marcus Lee"),
                new DemoLead("00Q-" + run + "-08", "Jonas", "Weber", "Brandt Maschinenbau", "Head of Purchasing", 800,
                        "DE", "BE", "Machinery", 81, DemoLead.INBOUND_QUEUE, true,
                        "EMEA: round robin between Hannah Vogel and Louis Moreau"),
                new DemoLead("00Q-" + run + "-09", "Claire", "Martin", "Lumiere SA", "CFO", 450, "FR", "IDF",
                        "Retail", 79, DemoLead.INBOUND_QUEUE, true,
                        "EMEA: the other SDR's turn"),
                new DemoLead("00Q-" + run + "-10", "Rosa", "Diaz", "First Bank of Springfield", "CIO", 3000, "US", "IL",
                        "Banking", 86, DemoLead.INBOUND_QUEUE, true,
                        "a small bank: into the hopper, unassigned, until Marcus Lee claims her"));
    }

    private static ResponseCreated response(DemoLead lead) {
        return ResponseCreated.newBuilder()
                .setEventId(UUID.randomUUID().toString())
                .setOccurredAt(Instant.now().truncatedTo(ChronoUnit.MILLIS))
                .setCorrelationId(UUID.randomUUID().toString())
                .setLeadId(lead.leadId())
                .setResponseId(responseId(lead))
                .setCampaignId(lead.responded() ? "701-webinar-nov" : "701-newsletter-nov")
                .setCampaignName(lead.responded() ? "November Product Webinar" : "November Newsletter")
                .setMemberStatus(lead.responded() ? "Registered" : "Sent")
                .setResponded(lead.responded())
                .setLead(lead.snapshot())
                .build();
    }

    /** Saves the example routing configuration through assignment-service's REST API, as an operator would. */
    private void configureRouting() throws InterruptedException {
        JsonNode configuration;
        try (var resource = Demo.class.getResourceAsStream(ROUTING_CONFIGURATION)) {
            configuration = json.readTree(resource);
        } catch (IOException e) {
            throw new IllegalStateException("Could not read the demo's routing configuration", e);
        }
        HttpResponse<String> saved = http.send("PUT", assignmentServiceUrl + "/routing/configuration",
                json.createObjectNode()
                        .put("comment", "the demo's example routing")
                        .set("configuration", configuration));
        if (saved == null || saved.statusCode() != 200) {
            throw new IllegalStateException("assignment-service refused the demo's routing configuration: "
                    + (saved == null ? "no answer" : saved.body()));
        }
        console.say("Routing configured (version " + json.readTree(saved.body()).path("version").asLong()
                + "): Healthcare -> offered by the Offer desk, acknowledged within 6 s or reassigned; EMEA -> round "
                + "robin to two SDRs; 10,000+ employees -> weighted 2:1 between two closers; small banks -> the hopper; "
                + "everything else -> the external engine. See "
                + assignmentServiceUrl + "/routing/configuration and /swagger-ui.html");
    }

    /** Once the bank's lead waits in the hopper, a user claims it over REST, as a sales app would. */
    private void claimFromTheHopper(DemoLead bank) throws InterruptedException {
        String responseId = responseId(bank);
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)
                && !"IN_HOPPER".equals(http.get(assignmentServiceUrl + "/assignments/" + responseId).path("state").asString())) {
            Thread.sleep(500);
        }
        console.say("-- Marcus Lee spots " + bank.name() + " in the hopper and claims her");
        HttpResponse<String> claim = http.postAs(SHARK, assignmentServiceUrl + "/hopper/" + responseId + "/claim");
        if (claim == null) {
            console.say("   claim failed: assignment-service did not answer");
            return;
        }
        JsonNode answer = json.readTree(claim.body());
        console.say("   claim answered " + claim.statusCode() + ": "
                + answer.path("reason").asString(answer.path("detail").asString()));
    }

    private static String responseId(DemoLead lead) {
        return "00v-" + lead.leadId().substring(4);
    }

    private KafkaProducer<String, Object> producer() {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        return new KafkaProducer<>(config, new StringSerializer(), new EventSerializer());
    }

    /** Sends an upstream event, keyed by its lead, to its topic in the catalog, and waits for the broker. */
    private static void publish(KafkaProducer<String, Object> producer, SpecificRecord event) {
        String topic = Topics.byValueType(event.getClass()).orElseThrow().name();
        String leadId = String.valueOf(event.get(event.getSchema().getField("leadId").pos()));
        try {
            producer.send(new ProducerRecord<>(topic, leadId, event)).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not publish the demo's " + topic, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while publishing the demo's " + topic, e);
        }
    }

    /** Waits for every lead's outcome (the fallback is the slowest), then prints response-service's records. */
    private void awaitOutcomes(List<DemoLead> leads) throws InterruptedException {
        Instant deadline = Instant.now().plus(engineWaitTimeout).plusSeconds(30);
        List<JsonNode> members = List.of();
        while (Instant.now().isBefore(deadline)) {
            members = leads.stream().map(lead -> http.get(responseServiceUrl + "/leads/" + lead.leadId()
                    + "/campaign-members").path(0)).toList();
            if (members.stream().allMatch(Demo::settled)) {
                break;
            }
            Thread.sleep(1000);
        }
        console.say("Campaign members as response-service stored them:");
        for (int i = 0; i < leads.size(); i++) {
            JsonNode member = members.get(i);
            console.say(String.format("   %-14s %-13s %-32s first owner: %-24s %s", leads.get(i).leadId(),
                    leads.get(i).name(), member.path("responseStatus").asString("?"),
                    member.path("firstOwner").path("name").asString("-"),
                    member.path("firstOwnerMethod").isMissingNode() || member.path("firstOwnerMethod").isNull() ? ""
                            : member.path("firstOwnerMethod").asString() + String.format(" in %.1f s",
                                    member.path("timeToFirstOwnerMillis").asLong() / 1000.0)));
        }
    }

    private static boolean settled(JsonNode member) {
        return !member.isMissingNode()
                && (!"Active".equals(member.path("responseStatus").asString()) || member.path("firstOwner").isObject());
    }
}
