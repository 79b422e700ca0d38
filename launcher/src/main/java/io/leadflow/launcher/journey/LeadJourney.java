package io.leadflow.launcher.journey;

import io.leadflow.events.LeadAssigned;
import io.leadflow.events.RoutingCandidate;
import io.leadflow.events.RoutingExplanation;
import io.leadflow.launcher.demo.FlowPrinter;
import io.leadflow.schemas.EventDeserializer;
import io.leadflow.schemas.Topic;
import io.leadflow.schemas.Topics;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * "What happened to lead X and why?": every event of the lead on every topic, in the order the broker took them,
 * decoded, with the service that wrote it, routing explanations and dead letters with their reasons; then the
 * lead as each service's REST read model tells it now.
 */
public final class LeadJourney {

    private static final String DEAD_LETTER_REASON = "leadflow-dlt-reason";

    private final String bootstrapServers;
    private final List<ReadModel> readModels;
    private final String authorization;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json = JsonMapper.builder().build();

    /**
     * A service's REST read model of a lead.
     *
     * @param url with {@code {leadId}} where the lead id goes
     */
    public record ReadModel(String service, String url) {
    }

    /**
     * @param readModels the lead's read models, in the order they are shown
     * @param authorization the {@code Authorization} header the read models are read with
     */
    public LeadJourney(String bootstrapServers, List<ReadModel> readModels, String authorization) {
        this.bootstrapServers = bootstrapServers;
        this.readModels = readModels;
        this.authorization = authorization;
    }

    /** The read models of the four services at their base URLs. */
    public static List<ReadModel> readModelsOf(String response, String assignment, String reactivation,
            String notification) {
        return List.of(
                new ReadModel("response-service", response + "/leads/{leadId}/campaign-members"),
                new ReadModel("response-service", response + "/leads/{leadId}/reactivation-refusals"),
                new ReadModel("assignment-service", assignment + "/leads/{leadId}/assignments"),
                new ReadModel("reactivation-service", reactivation + "/leads/{leadId}/reactivations"),
                new ReadModel("notification-service", notification + "/notifications?leadId={leadId}"));
    }

    /** The lead's events, oldest first. */
    List<JourneyEvent> events(String leadId) {
        EventDeserializer deserializer = new EventDeserializer();
        List<JourneyEvent> events = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : TopicHistory.of(bootstrapServers, leadId)) {
            events.add(event(record, deserializer));
        }
        events.sort(Comparator.comparing(JourneyEvent::at).thenComparing(JourneyEvent::topic)
                .thenComparingLong(JourneyEvent::offset));
        return events;
    }

    /** Prints the journey: the events, then each service's read model. */
    public void print(String leadId, PrintStream out) throws InterruptedException {
        List<JourneyEvent> events = events(leadId);
        out.println("Journey of lead " + leadId + ": " + events.size() + " events");
        for (JourneyEvent event : events) {
            out.println(String.format("%-24s  %-30s %-20s %s", event.at(), event.topic(), event.writer(),
                    event.line()));
        }
        out.println("Now, as each service tells it:");
        for (ReadModel model : readModels) {
            URI url = URI.create(model.url().replace("{leadId}", URLEncoder.encode(leadId, StandardCharsets.UTF_8)));
            out.println(model.service() + "  GET " + url.getRawPath()
                    + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery()));
            out.println(indent(read(url)));
        }
    }

    private JourneyEvent event(ConsumerRecord<String, byte[]> record, EventDeserializer deserializer) {
        Instant at = Instant.ofEpochMilli(record.timestamp());
        if (record.topic().endsWith(Topic.DEAD_LETTER_SUFFIX)) {
            String source = record.topic().substring(0, record.topic().length() - Topic.DEAD_LETTER_SUFFIX.length());
            Header reason = record.headers().lastHeader(DEAD_LETTER_REASON);
            return new JourneyEvent(at, record.topic(), record.partition(), record.offset(), "dead letter",
                    "a " + source + " record was set aside: "
                            + (reason == null ? "(no reason)" : new String(reason.value(), StandardCharsets.UTF_8)));
        }
        String writer = Topics.byName(record.topic()).map(Topic::writer).orElse("?");
        SpecificRecord value;
        try {
            value = deserializer.deserialize(record.topic(), record.value());
        } catch (RuntimeException unreadable) {
            return new JourneyEvent(at, record.topic(), record.partition(), record.offset(), writer,
                    "(not readable: " + unreadable.getMessage() + ")");
        }
        String line = FlowPrinter.describe(value);
        if (value instanceof LeadAssigned && ((LeadAssigned) value).getExplanation() != null) {
            line += explanation(((LeadAssigned) value).getExplanation());
        }
        return new JourneyEvent(at, record.topic(), record.partition(), record.offset(), writer, line);
    }

    private static String explanation(RoutingExplanation explanation) {
        StringBuilder text = new StringBuilder();
        String margin = System.lineSeparator() + " ".repeat(78);
        explanation.getSteps().forEach(step -> text.append(margin).append("step: ").append(step));
        for (RoutingCandidate candidate : explanation.getCandidates()) {
            text.append(margin).append("candidate ")
                    .append(candidate.getName() == null ? candidate.getUserId() : candidate.getName())
                    .append(": ").append(candidate.getVerdict()).append(", ").append(candidate.getDetail());
        }
        return text.toString();
    }

    private String read(URI url) throws InterruptedException {
        try {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(url).header("Authorization", authorization)
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                return "(answered " + answer.statusCode() + ")";
            }
            JsonNode body = json.readTree(answer.body());
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(body);
        } catch (IOException unreachable) {
            return "(not reachable: " + unreachable.getMessage() + ")";
        }
    }

    private static String indent(String text) {
        return "  " + text.replace("\n", "\n  ");
    }
}
