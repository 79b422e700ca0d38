package io.leadflow.notification.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
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
        });
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
