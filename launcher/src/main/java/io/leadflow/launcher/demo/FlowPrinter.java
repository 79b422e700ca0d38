package io.leadflow.launcher.demo;

import io.leadflow.events.ActivationKind;
import io.leadflow.events.ExpiryReason;
import io.leadflow.events.LeadAcknowledged;
import io.leadflow.events.LeadAssigned;
import io.leadflow.events.LeadAssignmentRequested;
import io.leadflow.events.LeadAttributes;
import io.leadflow.events.LeadExpired;
import io.leadflow.events.LeadLockRequested;
import io.leadflow.events.LeadOffered;
import io.leadflow.events.LeadOwnerChanged;
import io.leadflow.events.LeadScoreChanged;
import io.leadflow.events.LeadStatusChanged;
import io.leadflow.events.LeadTimelineRecorded;
import io.leadflow.events.LeadUnassignmentRequested;
import io.leadflow.events.LeadUpdateRequested;
import io.leadflow.events.NotificationFailed;
import io.leadflow.events.NotificationSent;
import io.leadflow.events.OpportunityChanged;
import io.leadflow.events.Owner;
import io.leadflow.events.ReactivationRequested;
import io.leadflow.events.ResponseActivated;
import io.leadflow.events.ResponseClosed;
import io.leadflow.events.ResponseCreated;
import io.leadflow.events.ResponseReactivationDecided;
import io.leadflow.schemas.EventDeserializer;
import io.leadflow.schemas.Topic;
import io.leadflow.schemas.Topics;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Watches every topic of the catalog (and the dead-letter topics) from now on, with a plain consumer as an
 * operator would, and prints one readable line per event.
 */
public final class FlowPrinter implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    private final Thread thread;
    private final DemoConsole console;
    private volatile boolean running = true;

    /** Prints the flow on {@code out} until closed. */
    public static FlowPrinter watch(String bootstrapServers, PrintStream out) {
        return new FlowPrinter(bootstrapServers, new DemoConsole(out));
    }

    FlowPrinter(String bootstrapServers, DemoConsole console) {
        this.console = console;
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = Topics.ALL.stream()
                .flatMap(topic -> Stream.of(topic.name(), topic.deadLetterTopic()))
                .flatMap(name -> consumer.partitionsFor(name, Duration.ofSeconds(30)).stream()
                        .map(info -> new TopicPartition(name, info.partition())))
                .toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        thread = new Thread(this::run, "flow-printer");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        EventDeserializer deserializer = new EventDeserializer();
        try {
            while (running) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    console.event(record.topic(), record.key(), describe(record, deserializer));
                }
            }
        } catch (WakeupException stopping) {
            // close() woke the consumer up.
        } finally {
            consumer.close();
        }
    }

    private static String describe(ConsumerRecord<String, byte[]> record, EventDeserializer deserializer) {
        if (record.topic().endsWith(Topic.DEAD_LETTER_SUFFIX)) {
            Header reason = record.headers().lastHeader("leadflow-dlt-reason");
            return "dead-lettered: " + (reason == null ? "?" : new String(reason.value(), StandardCharsets.UTF_8));
        }
        return describe(deserializer.deserialize(record.topic(), record.value()));
    }

    public static String describe(SpecificRecord event) {
        if (event instanceof ResponseCreated e) {
            return String.format("%s %s to \"%s\" (score %s, %s)", person(e.getLead().getAttributes()),
                    e.getResponded() ? "responded" : "did not respond", e.getCampaignName(),
                    e.getLead().getScore(), e.getLead().getStatus());
        }
        if (event instanceof ResponseActivated e) {
            return e.getKind() == ActivationKind.REACTIVATED
                    ? "active response again (reactivated by " + e.getReactivationScenario() + "), owner "
                            + owner(e.getLead().getOwner())
                            + (e.getTriggerNotification() ? "" : ", nobody to be told")
                    : "active response (new MQL), owner " + owner(e.getLead().getOwner());
        }
        if (event instanceof ResponseClosed e) {
            return "funnel closed: " + e.getReason();
        }
        if (event instanceof LeadAssignmentRequested e) {
            return "CRM, set owner to " + owner(e.getOwner()) + " [" + e.getPurpose() + "]";
        }
        if (event instanceof LeadOwnerChanged e) {
            return owner(e.getPreviousOwner()) + " -> " + owner(e.getNewOwner()) + " by " + e.getChangedBy();
        }
        if (event instanceof LeadAssigned e) {
            return String.format("%s via %s after %.1f s: %s", owner(e.getOwner()), e.getMethod(),
                    e.getTimeToAssignMillis() / 1000.0, e.getReason());
        }
        if (event instanceof NotificationSent e) {
            return "told " + owner(e.getRecipient()) + " by " + e.getChannel() + ": " + e.getSubject();
        }
        if (event instanceof NotificationFailed e) {
            return "could not tell " + owner(e.getRecipient()) + " (attempt " + e.getAttempts() + "): " + e.getReason();
        }
        if (event instanceof LeadScoreChanged e) {
            return "score " + e.getPreviousScore() + " -> " + e.getScore();
        }
        if (event instanceof LeadStatusChanged e) {
            return "status " + e.getPreviousStatus() + " -> " + e.getStatus();
        }
        if (event instanceof OpportunityChanged e) {
            return "opportunity " + e.getOpportunityId() + (e.getOpen() ? " open" : " closed")
                    + (e.getStage() == null ? "" : " (" + e.getStage() + ")") + ", owner "
                    + (e.getOwner() == null ? "none" : owner(e.getOwner()));
        }
        if (event instanceof LeadAcknowledged e) {
            return "acknowledged by " + owner(e.getAcknowledgedBy());
        }
        if (event instanceof LeadOffered e) {
            return String.format("offered to %s (%s, attempt %d), theirs if acknowledged by %s", owner(e.getCandidate()),
                    e.getKind(), e.getAttempt(), e.getDeadline());
        }
        if (event instanceof LeadExpired e) {
            return e.getReason() == ExpiryReason.NOT_ACKNOWLEDGED
                    ? "offer to " + owner(e.getOwner()) + " expired unacknowledged"
                    : "offer to " + owner(e.getOwner()) + " ended: " + e.getReason()
                            + (e.getDetail() == null ? "" : " (" + e.getDetail() + ")");
        }
        if (event instanceof ResponseReactivationDecided e) {
            return e.getScenario() + ": " + e.getAction()
                    + (e.getResponseId() == null ? " in " + e.getDefaultCampaignName() : " " + e.getResponseId());
        }
        if (event instanceof ReactivationRequested e) {
            return "run " + e.getScenario() + " for " + e.getRelatedRecordType() + " " + e.getRelatedRecordId();
        }
        if (event instanceof LeadUpdateRequested e) {
            return "CRM, write " + e.getFields() + " (" + e.getSource() + ")";
        }
        if (event instanceof LeadUnassignmentRequested e) {
            return "CRM, show the lead unassigned (taken from " + owner(e.getPreviousOwner()) + ")";
        }
        if (event instanceof LeadLockRequested e) {
            return "CRM, " + (e.getLocked() ? "lock " : "unlock ") + e.getRole() + ": " + e.getReason();
        }
        if (event instanceof LeadTimelineRecorded e) {
            return "timeline: " + e.getText();
        }
        return event.toString();
    }

    static String owner(Owner owner) {
        if (owner == null) {
            return "(nobody)";
        }
        return owner.getName() == null ? owner.getId() : owner.getName();
    }

    static String person(LeadAttributes lead) {
        return lead.getFirstName() + " " + lead.getLastName() + ", " + lead.getCompany();
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
