package io.leadflow.notification.domain;

import java.util.concurrent.CompletableFuture;

/**
 * A way of reaching a recipient: a webhook or an email today. The payload is rendered once, stored with the
 * notification, and delivered unchanged on every attempt.
 */
public interface DeliveryChannel {

    Channel channel();

    /** Where this channel reaches the recipient, e.g. a URL or an address. */
    String destinationFor(Recipient recipient);

    /** The exact content this channel delivers for the notification. */
    String render(Notification notification);

    /**
     * Starts one attempt without waiting for it and completes once it is over, within the channel's own
     * time limit. Failures are results: the future never completes exceptionally for them.
     */
    CompletableFuture<DeliveryResult> deliver(Envelope envelope, String payload);
}
