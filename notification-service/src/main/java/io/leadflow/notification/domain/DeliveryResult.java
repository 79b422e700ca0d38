package io.leadflow.notification.domain;

/** How one delivery attempt went, as a channel reports it. */
public record DeliveryResult(Kind kind, String reason) {

    public enum Kind {
        DELIVERED,
        /** Worth trying again later: the receiver was away, busy or slow. */
        RETRYABLE,
        /** Trying again cannot help: the receiver rejected the notification itself. */
        PERMANENT
    }

    public static DeliveryResult delivered() {
        return new DeliveryResult(Kind.DELIVERED, null);
    }

    public static DeliveryResult retryable(String reason) {
        return new DeliveryResult(Kind.RETRYABLE, reason);
    }

    public static DeliveryResult permanent(String reason) {
        return new DeliveryResult(Kind.PERMANENT, reason);
    }

    /**
     * An HTTP answer: 2xx delivered; 408 (timeout), 429 (too many requests) and 5xx retryable; anything
     * else (other 4xx, an unexpected redirect) is a request the receiver will keep refusing.
     */
    public static DeliveryResult ofHttpStatus(int status, String destination) {
        if (status >= 200 && status < 300) {
            return delivered();
        }
        String reason = "HTTP " + status + " from " + destination;
        return status == 408 || status == 429 || status >= 500 ? retryable(reason) : permanent(reason);
    }

    /**
     * An SMTP server's refusal (RFC 5321, 4.2.1): a 4yz reply is transient (mailbox busy, try later, too many
     * connections) and retryable; a 5yz reply is permanent (no such mailbox, address or message rejected,
     * authentication refused). Any other code is not a refusal SMTP defines, so it is treated as transient.
     *
     * @param reason what the server said and about what, for the delivery log
     */
    public static DeliveryResult ofSmtpRefusal(int replyCode, String reason) {
        return replyCode >= 500 && replyCode < 600 ? permanent(reason) : retryable(reason);
    }
}
