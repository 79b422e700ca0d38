package io.leadflow.notification.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadflow.notification.config.NotificationProperties.Email.Tls;
import io.leadflow.notification.domain.Channel;
import io.leadflow.notification.domain.Recipient;
import io.leadflow.notification.domain.RecipientDirectory;
import io.leadflow.notification.domain.RecipientKind;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;

@ExtendWith(OutputCaptureExtension.class)
class NotificationPropertiesTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(NotificationProperties.class)
    static class PropertiesOnly {
    }

    /** The service's own application.yml, so the documented defaults are what is tested. */
    final ApplicationContextRunner context = new ApplicationContextRunner()
            .withInitializer(new ConfigDataApplicationContextInitializer())
            .withUserConfiguration(PropertiesOnly.class);

    @Test
    void shouldBindTheDocumentedDefaults() {
        context.run(started -> {
            NotificationProperties properties = started.getBean(NotificationProperties.class);
            assertThat(properties.webhook()).isEqualTo(new NotificationProperties.Webhook(
                    "http://localhost:8090/notifications", Map.of(), Duration.ofSeconds(5)));
            assertThat(properties.retry()).isEqualTo(new NotificationProperties.Retry(Duration.ofSeconds(2), 2,
                    Duration.ofMinutes(5), 5, Duration.ofSeconds(1), Duration.ofMinutes(1)));
            assertThat(properties.delivery()).isEqualTo(new NotificationProperties.Delivery(64, 10000));
            assertThat(properties.email()).isEqualTo(new NotificationProperties.Email("localhost", 587, "", "",
                    Tls.REQUIRED, "leadflow <notifications@leadflow.localhost>", Duration.ofSeconds(10), 4));
            assertThat(properties.email().logsIn()).isFalse();
            assertThat(properties.recipients()).isEmpty();
            assertThat(properties.recipientDirectory().channelsFor(ALICE)).containsExactly(Channel.WEBHOOK);
        });
    }

    static final Recipient ALICE = new Recipient("005-alice", RecipientKind.USER, "Alice Archer");
    static final Recipient BOB = new Recipient("005-bob", RecipientKind.USER, "Bob Baker");
    static final Recipient INBOUND = new Recipient("00G-inbound", RecipientKind.QUEUE, "Inbound Leads Queue");

    @Test
    void shouldBindEachRecipientsChannelsInOrderWithTheirAddresses() {
        context.withPropertyValues(
                        "leadflow.notification.recipients[005-alice].channels=EMAIL,WEBHOOK",
                        "leadflow.notification.recipients[005-alice].email=alice@example.com",
                        "leadflow.notification.recipients[005-alice].webhook-url=https://hooks.example.com/alice",
                        "leadflow.notification.recipients[00G-inbound].channels=EMAIL",
                        "leadflow.notification.recipients[00G-inbound].email=inbound@example.com",
                        "leadflow.notification.recipients[005-bob].email=bob@example.com")
                .run(started -> {
                    RecipientDirectory directory = started.getBean(NotificationProperties.class).recipientDirectory();
                    assertThat(directory.channelsFor(ALICE)).containsExactly(Channel.EMAIL, Channel.WEBHOOK);
                    assertThat(directory.emailOf(ALICE)).contains("alice@example.com");
                    assertThat(directory.webhookUrlOf(ALICE)).contains("https://hooks.example.com/alice");
                    assertThat(directory.channelsFor(INBOUND)).containsExactly(Channel.EMAIL);
                    assertThat(directory.webhookUrlOf(INBOUND)).isEmpty();
                    // An address alone changes nothing: the channels say how someone is told.
                    assertThat(directory.channelsFor(BOB)).containsExactly(Channel.WEBHOOK);
                });
    }

    @Test
    void shouldStillReadTheOlderRecipientUrlsAsWebhookUrls() {
        context.withPropertyValues("leadflow.notification.webhook.recipient-urls[005-alice]=https://hooks.example.com/a",
                        "leadflow.notification.recipients[005-alice].channels=EMAIL,WEBHOOK",
                        "leadflow.notification.recipients[005-alice].email=alice@example.com",
                        "leadflow.notification.webhook.recipient-urls[005-bob]=https://hooks.example.com/b")
                .run(started -> {
                    RecipientDirectory directory = started.getBean(NotificationProperties.class).recipientDirectory();
                    assertThat(directory.webhookUrlOf(ALICE)).isEqualTo(Optional.of("https://hooks.example.com/a"));
                    assertThat(directory.channelsFor(ALICE)).containsExactly(Channel.EMAIL, Channel.WEBHOOK);
                    assertThat(directory.webhookUrlOf(BOB)).isEqualTo(Optional.of("https://hooks.example.com/b"));
                    assertThat(directory.channelsFor(BOB)).isEqualTo(List.of(Channel.WEBHOOK));
                });
    }

    @Test
    void shouldRefuseToStartWithAWebhookUrlSetUnderBothKeys() {
        context.withPropertyValues("leadflow.notification.webhook.recipient-urls[005-alice]=https://hooks.example.com/a",
                        "leadflow.notification.recipients[005-alice].webhook-url=https://hooks.example.com/b")
                .run(started -> assertThat(started).getFailure().rootCause()
                        .hasMessageContaining("an owner's webhook URL is set twice"));
    }

    @Test
    void shouldRefuseToStartWhenARecipientToldByEmailHasNoAddressOrABadOne() {
        context.withPropertyValues("leadflow.notification.recipients[005-alice].channels=EMAIL",
                        "leadflow.notification.recipients[005-bob].channels=EMAIL",
                        "leadflow.notification.recipients[005-bob].email=bob at example")
                .run(started -> assertThat(started).getFailure().rootCause()
                        .hasMessageContaining("recipients[005-alice].addressGivenForEmail")
                        .hasMessageContaining("channels has EMAIL, so email (the address to send to) is required")
                        .hasMessageContaining("recipients[005-bob].email")
                        .hasMessageContaining(NotificationProperties.EMAIL_MESSAGE));
    }

    @Test
    void shouldRefuseToStartWithARecipientWithoutChannelsOrWithAChannelTwice() {
        context.withPropertyValues("leadflow.notification.recipients[005-alice].channels=WEBHOOK,WEBHOOK")
                .run(started -> assertThat(started).getFailure().rootCause()
                        .hasMessageContaining("channels names a channel twice"));
        context.withPropertyValues("leadflow.notification.recipients[005-bob].channels=")
                .run(started -> assertThat(started).getFailure().rootCause()
                        .hasMessageContaining("recipients[005-bob].channels"));
        context.withPropertyValues("leadflow.notification.recipients[005-bob].channels=SMS")
                .run(started -> assertThat(started).getFailure()
                        .hasStackTraceContaining("leadflow.notification.recipients[005-bob].channels"));
    }

    @Test
    void shouldRefuseToStartWithAnEmailSenderThatIsNotAnAddress() {
        context.withPropertyValues("leadflow.notification.email.from=leadflow notifications")
                .run(started -> assertThat(started).getFailure().rootCause()
                        .hasMessageContaining("email.from must be one address"));
    }

    @Test
    void shouldRefuseToStartWithAUsernameWithoutPasswordOrAnUnknownTlsMode() {
        context.withPropertyValues("leadflow.notification.email.username=leadflow")
                .run(started -> assertThat(started).getFailure().rootCause()
                        .hasMessageContaining("email.username and email.password go together"));
        context.withPropertyValues("leadflow.notification.email.tls=ssl")
                .run(started -> assertThat(started).getFailure()
                        .hasStackTraceContaining("leadflow.notification.email.tls"));
    }

    @Test
    void shouldBindEveryTlsModeAndKeepThePasswordOutOfTheLog() {
        context.withPropertyValues("leadflow.notification.email.tls=implicit",
                        "leadflow.notification.email.port=465",
                        "leadflow.notification.email.username=leadflow",
                        "leadflow.notification.email.password=s3cret")
                .run(started -> {
                    NotificationProperties.Email email = started.getBean(NotificationProperties.class).email();
                    assertThat(email.tls()).isEqualTo(Tls.IMPLICIT);
                    assertThat(email.logsIn()).isTrue();
                    assertThat(email.toString()).doesNotContain("s3cret").contains("password=(hidden)");
                });
        for (Tls tls : Tls.values()) {
            context.withPropertyValues("leadflow.notification.email.tls=" + tls.name().toLowerCase(java.util.Locale.ROOT))
                    .run(started -> assertThat(started.getBean(NotificationProperties.class).email().tls())
                            .isEqualTo(tls));
        }
    }

    @Test
    void shouldBindRecipientUrlsByOwnerId() {
        context.withPropertyValues("leadflow.notification.webhook.recipient-urls[005-alice]=https://hooks.example.com/a")
                .run(started -> assertThat(started.getBean(NotificationProperties.class).webhook().recipientUrls())
                        .isEqualTo(Map.of("005-alice", "https://hooks.example.com/a")));
    }

    @Test
    void shouldRefuseToStartWithADefaultUrlThatIsNotAnHttpUrlNamingTheProperty(CapturedOutput output) {
        SpringApplicationBuilder application = new SpringApplicationBuilder(PropertiesOnly.class)
                .web(WebApplicationType.NONE);

        assertThatThrownBy(() -> application.run("--leadflow.notification.webhook.default-url=not a url")).rootCause()
                .hasMessageContaining("rejected value [not a url]")
                .hasMessageContaining(NotificationProperties.HTTP_URL_MESSAGE);
        assertThat(output).contains("APPLICATION FAILED TO START",
                "Property: leadflow.notification.webhook.defaultUrl",
                "Value: \"not a url\"",
                "Reason: " + NotificationProperties.HTTP_URL_MESSAGE);
    }

    @Test
    void shouldRefuseToStartWithARecipientUrlThatIsNotHttp() {
        context.withPropertyValues("leadflow.notification.webhook.recipient-urls[005-alice]=ftp://files.example.com")
                .run(started -> assertThat(started).getFailure().rootCause()
                        .hasMessageContaining("webhook.recipientUrls[005-alice]")
                        .hasMessageContaining(NotificationProperties.HTTP_URL_MESSAGE));
    }

    @Test
    void shouldRefuseToStartWithoutAnyAttemptOrWithAShrinkingBackoff() {
        context.withPropertyValues("leadflow.notification.retry.max-attempts=0",
                        "leadflow.notification.retry.multiplier=0.5")
                .run(started -> assertThat(started).getFailure().rootCause()
                        .hasMessageContaining("retry.maxAttempts")
                        .hasMessageContaining("retry.multiplier"));
    }

    @Test
    void shouldRefuseToStartWithAClaimLeaseAnAttemptCanOutlive() {
        context.withPropertyValues("leadflow.notification.webhook.timeout=30s",
                        "leadflow.notification.retry.claim-lease=1m")
                .run(started -> assertThat(started).getFailure().rootCause()
                        .hasMessageContaining("retry.claim-lease must be longer than twice webhook.timeout"));
        context.withPropertyValues("leadflow.notification.email.timeout=1m",
                        "leadflow.notification.retry.claim-lease=1m")
                .run(started -> assertThat(started).getFailure().rootCause()
                        .hasMessageContaining("and longer than email.timeout"));
    }

    @Test
    void shouldRefuseToStartWithoutRoomForAnyConcurrentDelivery() {
        context.withPropertyValues("leadflow.notification.delivery.max-concurrent=0",
                        "leadflow.notification.delivery.max-waiting=-1")
                .run(started -> assertThat(started).getFailure().rootCause()
                        .hasMessageContaining("delivery.maxConcurrent")
                        .hasMessageContaining("delivery.maxWaiting"));
    }

    @Test
    void shouldRefuseToStartWithANonPositiveDuration() {
        context.withPropertyValues("leadflow.notification.retry.initial-backoff=0s")
                .run(started -> assertThat(started).getFailure().rootCause()
                        .hasMessageContaining("retry.initialBackoff"));
    }
}
