package io.leadflow.notification.domain;

/**
 * A way of telling someone something; each has one {@link DeliveryChannel} implementation. Which of them a recipient
 * is told on is their preference ({@link RecipientDirectory}); each is a notification of its own.
 */
public enum Channel {
    /** An HTTP POST of JSON to the recipient's URL, or the default one. */
    WEBHOOK,
    /** A mail through the configured SMTP server to the recipient's address. */
    EMAIL
}
