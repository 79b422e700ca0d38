package io.leadflow.notification.domain;

/**
 * A way of reaching a recipient (a webhook today; email and others later). The payload is rendered once,
 * stored with the notification, and delivered unchanged on every attempt.
 */
public interface DeliveryChannel {

    Channel channel();

    /** Where this channel reaches the recipient, e.g. a URL or an address. */
    String destinationFor(Recipient recipient);

    /** The exact content this channel delivers for the notification. */
    String render(Notification notification);

    /** One attempt; reports failures as results, never throws for them. */
    DeliveryResult deliver(Envelope envelope, String payload);
}
