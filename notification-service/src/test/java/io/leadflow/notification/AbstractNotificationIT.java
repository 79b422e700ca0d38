package io.leadflow.notification;

import static org.awaitility.Awaitility.await;

import io.leadflow.events.LeadAssigned;
import io.leadflow.events.Owner;
import io.leadflow.notification.domain.Channel;
import io.leadflow.notification.persistence.DueNotificationDocument;
import io.leadflow.notification.persistence.NotificationDocument;
import io.leadflow.platform.events.EventIds;
import io.leadflow.schemas.Topics;
import io.leadflow.testsupport.LeadflowTestInfrastructure;
import io.leadflow.testsupport.MutableClock;
import io.leadflow.testsupport.TestEvents;
import io.leadflow.testsupport.TestPublisher;
import io.leadflow.testsupport.TopicProbe;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The one Spring context of every integration test of the service: the embedded broker, the in-memory
 * MongoDB, a real HTTP webhook receiver, a real SMTP server (GreenMail) and a clock the tests move. Tests isolate
 * themselves by lead id. Delivery limits are small, so that tests can fill them: {@value #MAX_CONCURRENT} calls in
 * flight and {@value #MAX_WAITING} more notifications waiting in memory.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "leadflow.notification.retry.poll-interval=100ms",
        "leadflow.notification.webhook.timeout=3s",
        "leadflow.notification.email.host=127.0.0.1",
        "leadflow.notification.email.tls=none",
        "leadflow.notification.email.from=" + AbstractNotificationIT.SENDER,
        "leadflow.notification.email.timeout=3s",
        "leadflow.notification.delivery.max-concurrent=" + AbstractNotificationIT.MAX_CONCURRENT,
        "leadflow.notification.delivery.max-waiting=" + AbstractNotificationIT.MAX_WAITING})
@ContextConfiguration(initializers = LeadflowTestInfrastructure.class)
@Import(AbstractNotificationIT.TestBeans.class)
abstract class AbstractNotificationIT {

    static final int MAX_CONCURRENT = 8;
    static final int MAX_WAITING = 20;

    static final WebhookReceiver webhook = WebhookReceiver.start();
    static final String DEFAULT_URL = webhook.url("/notifications");
    static final String CAROL_URL = webhook.url("/carol");
    static final String DOWN_URL = WebhookReceiver.refusingUrl("/down");
    static final String ERIN_URL = webhook.url("/erin?answerAfterMillis=100");
    static final String SAM_URL = webhook.url("/sam?answerAfterMillis=2000");
    static final String OMAR_URL = webhook.url("/omar");

    static final MailServer mail = MailServer.start();
    static final String SENDER = "leadflow <notifications@leadflow.test>";
    static final String SENDER_ADDRESS = "notifications@leadflow.test";
    static final String NINA_ADDRESS = "nina.novak@example.com";
    static final String OMAR_ADDRESS = "omar.ortiz@example.com";
    static final String RITA_ADDRESS = "rita.ruiz@example.com";

    /** Has a webhook of her own. */
    static final Owner CAROL = TestEvents.user("005-carol", "Carol Chen");
    /** Has a webhook of his own that is down. */
    static final Owner DAVE = TestEvents.user("005-dave", "Dave Doe");
    /** Has a busy webhook of her own: it answers each call after 100 ms. */
    static final Owner ERIN = TestEvents.user("005-erin", "Erin Earl");
    /** Has a slow webhook of his own: it answers each call after 2 s. */
    static final Owner SAM = TestEvents.user("005-sam", "Sam Slow");
    /** Prefers email, and only email. */
    static final Owner NINA = TestEvents.user("005-nina", "Nina Novak");
    /** Is told by email, then by webhook at a URL of his own. */
    static final Owner OMAR = TestEvents.user("005-omar", "Omar Ortiz");
    /** Prefers email; her address is one the mail server refuses when a test scripts it so. */
    static final Owner RITA = TestEvents.user("005-rita", "Rita Ruiz");

    @DynamicPropertySource
    static void recipients(DynamicPropertyRegistry registry) {
        registry.add("leadflow.notification.webhook.default-url", () -> DEFAULT_URL);
        registry.add("leadflow.notification.recipients[005-carol].webhook-url", () -> CAROL_URL);
        // Dave's URL is given the older way, which still works.
        registry.add("leadflow.notification.webhook.recipient-urls[005-dave]", () -> DOWN_URL);
        registry.add("leadflow.notification.recipients[005-erin].webhook-url", () -> ERIN_URL);
        registry.add("leadflow.notification.recipients[005-sam].webhook-url", () -> SAM_URL);
        registry.add("leadflow.notification.email.port", mail::port);
        registry.add("leadflow.notification.recipients[005-nina].channels", () -> "EMAIL");
        registry.add("leadflow.notification.recipients[005-nina].email", () -> NINA_ADDRESS);
        registry.add("leadflow.notification.recipients[005-omar].channels", () -> "EMAIL,WEBHOOK");
        registry.add("leadflow.notification.recipients[005-omar].email", () -> OMAR_ADDRESS);
        registry.add("leadflow.notification.recipients[005-omar].webhook-url", () -> OMAR_URL);
        registry.add("leadflow.notification.recipients[005-rita].channels", () -> "EMAIL");
        registry.add("leadflow.notification.recipients[005-rita].email", () -> RITA_ADDRESS);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class TestBeans {

        @Bean
        MutableClock mutableClock() {
            return MutableClock.startingNow();
        }

        @Bean
        StoreCommands storeCommands() {
            return new StoreCommands();
        }

        @Bean
        MongoClientSettingsBuilderCustomizer recordStoreCommands(StoreCommands commands) {
            return settings -> settings.addCommandListener(commands);
        }
    }

    @Autowired
    MutableClock clock;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    StoreCommands storeCommands;

    TopicProbe probe;
    TestPublisher upstream;

    @BeforeEach
    void startProbe() {
        probe = TopicProbe.start(LeadflowTestInfrastructure.kafkaBootstrapServers(),
                Topics.LEAD_ASSIGNED, Topics.LEAD_OFFERED, Topics.LEAD_EXPIRED, Topics.NOTIFICATION_SENT,
                Topics.NOTIFICATION_FAILED);
        upstream = new TestPublisher(LeadflowTestInfrastructure.kafkaBootstrapServers());
    }

    @AfterEach
    void stopProbe() {
        probe.close();
        upstream.close();
    }

    /** The id of the event's webhook notification. */
    static String notificationId(LeadAssigned event) {
        return notificationId(event, Channel.WEBHOOK);
    }

    static String notificationId(LeadAssigned event, Channel channel) {
        return EventIds.derived(event.getEventId(), event.getOwner().getId(), channel.name());
    }

    NotificationDocument document(String notificationId) {
        return mongo.findById(notificationId, NotificationDocument.class);
    }

    /** The work still due on a notification; null once it is finished and its last outcome published. */
    DueNotificationDocument dueEntry(String notificationId) {
        return mongo.findById(notificationId, DueNotificationDocument.class);
    }

    /** Waits until nothing is due on the notification any more. */
    void awaitNothingDue(String notificationId) {
        await().atMost(TopicProbe.PATIENCE).until(() -> dueEntry(notificationId) == null);
    }

    /** A new lead whose records land on the same partition as {@code leadId}'s, so they queue behind them. */
    static String leadOnSamePartitionAs(String leadId) {
        String other = TestEvents.newLeadId();
        while (partition(other) != partition(leadId)) {
            other = TestEvents.newLeadId();
        }
        return other;
    }

    /** Kafka's default partitioner for keyed records. */
    private static int partition(String key) {
        return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % Topics.PARTITIONS;
    }
}
