package io.leadflow.notification.channel;

import io.leadflow.notification.config.NotificationProperties;
import io.leadflow.notification.domain.Channel;
import io.leadflow.notification.domain.DeliveryChannel;
import io.leadflow.notification.domain.DeliveryResult;
import io.leadflow.notification.domain.Envelope;
import io.leadflow.notification.domain.LeadAssignment;
import io.leadflow.notification.domain.LeadFact;
import io.leadflow.notification.domain.LeadOffer;
import io.leadflow.notification.domain.Notification;
import io.leadflow.notification.domain.OfferExpiry;
import io.leadflow.notification.domain.Recipient;
import io.leadflow.notification.domain.RecipientDirectory;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Delivers notifications as an HTTP POST of JSON to the recipient's URL (or the default one). Receivers
 * can drop repeats by the {@code Idempotency-Key} header: a retry after a lost answer carries the same key
 * and the same body. Calls are asynchronous ({@link HttpClient#sendAsync}): no thread waits for a receiver,
 * however slowly it answers, and each call gives up after {@code webhook.timeout} to connect and then as
 * long for the answer.
 */
@Component
public class WebhookChannel implements DeliveryChannel {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String EVENT_HEADER = "X-Leadflow-Event";

    /** Independent of the application's Jackson settings: the body is a contract. */
    private final JsonMapper json = JsonMapper.builder().build();
    private final NotificationProperties.Webhook settings;
    private final RecipientDirectory recipients;
    private final HttpClient client;

    public WebhookChannel(NotificationProperties properties, RecipientDirectory recipients) {
        this.settings = properties.webhook();
        this.recipients = recipients;
        // HTTP/1.1: receivers are plain web endpoints, some of which reject an h2c upgrade.
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.timeout())
                .build();
    }

    @Override
    public Channel channel() {
        return Channel.WEBHOOK;
    }

    @Override
    public String destinationFor(Recipient recipient) {
        return recipients.webhookUrlOf(recipient).orElse(settings.defaultUrl());
    }

    /** Each kind of fact has a body of its own: a contract per {@code X-Leadflow-Event}. */
    @Override
    public String render(Notification notification) {
        Object body = notification.fact().accept(new LeadFact.Cases<Object>() {
            @Override
            public Object assigned(LeadAssignment assignment) {
                return WebhookBody.of(notification, assignment);
            }

            @Override
            public Object offered(LeadOffer offer) {
                return OfferWebhookBody.of(notification, offer);
            }

            @Override
            public Object expired(OfferExpiry expiry) {
                return ExpiryWebhookBody.of(notification, expiry);
            }
        });
        return json.writeValueAsString(body);
    }

    @Override
    public CompletableFuture<DeliveryResult> deliver(Envelope envelope, String payload) {
        String url = envelope.destination();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(settings.timeout())
                .header("Content-Type", "application/json")
                .header(IDEMPOTENCY_KEY, envelope.notificationId())
                .header(EVENT_HEADER, envelope.triggerEvent())
                .POST(HttpRequest.BodyPublishers.ofString(payload, StandardCharsets.UTF_8))
                .build();
        return client.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .handle((response, failure) -> failure == null
                        ? DeliveryResult.ofHttpStatus(response.statusCode(), url)
                        : failed(unwrapped(failure), url));
    }

    private DeliveryResult failed(Throwable failure, String url) {
        if (failure instanceof HttpConnectTimeoutException) {
            return DeliveryResult.retryable("no connection to " + url + " within " + Durations.human(settings.timeout()));
        }
        if (failure instanceof HttpTimeoutException) {
            return DeliveryResult.retryable("no answer from " + url + " within " + Durations.human(settings.timeout()));
        }
        if (failure instanceof ConnectException) {
            return DeliveryResult.retryable(
                    (isUnresolvedHost(failure) ? "unknown host in " : "connection refused by ") + url);
        }
        if (failure instanceof IOException) {
            return DeliveryResult.retryable("I/O error talking to " + url + ": " + failure);
        }
        return DeliveryResult.retryable("failed talking to " + url + ": " + failure);
    }

    private static Throwable unwrapped(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static boolean isUnresolvedHost(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnresolvedAddressException) {
                return true;
            }
        }
        return false;
    }
}
