package io.leadflow.notification.domain;

/** A way of telling someone something; each has one {@link DeliveryChannel} implementation. */
public enum Channel {
    WEBHOOK
}
