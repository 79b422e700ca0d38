package io.leadflow.notification.domain;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How each recipient (a lead owner: a CRM user or queue, by id) wants to be told: on which channels, in which order,
 * and where each channel reaches them. A recipient without an entry is told on {@link #DEFAULT_CHANNELS}, at the
 * channel's default destination.
 */
public final class RecipientDirectory {

    /** The channels of a recipient who stated no preference. */
    public static final List<Channel> DEFAULT_CHANNELS = List.of(Channel.WEBHOOK);

    /**
     * @param channels the recipient's channels, each once, in the order their notifications are made
     * @param email the address {@link Channel#EMAIL} sends to; null if none (then the recipient has no EMAIL)
     * @param webhookUrl the URL {@link Channel#WEBHOOK} posts to; null for the default one
     */
    public record Contact(List<Channel> channels, String email, String webhookUrl) {

        public Contact {
            channels = List.copyOf(channels);
            if (channels.isEmpty() || Set.copyOf(channels).size() != channels.size()) {
                throw new IllegalArgumentException("A contact names each of its channels once, at least one: " + channels);
            }
            if (channels.contains(Channel.EMAIL) && (email == null || email.isBlank())) {
                throw new IllegalArgumentException("A contact told by EMAIL needs an address");
            }
        }
    }

    private final Map<String, Contact> contacts;

    /** @param contacts recipient id to how they want to be told */
    public RecipientDirectory(Map<String, Contact> contacts) {
        this.contacts = Map.copyOf(contacts);
    }

    public static RecipientDirectory empty() {
        return new RecipientDirectory(Map.of());
    }

    /** The channels the recipient is told on, in order: their preference, else {@link #DEFAULT_CHANNELS}. */
    public List<Channel> channelsFor(Recipient recipient) {
        Contact contact = contacts.get(recipient.id());
        return contact == null ? DEFAULT_CHANNELS : contact.channels();
    }

    /** The recipient's email address, if one is configured. */
    public Optional<String> emailOf(Recipient recipient) {
        return Optional.ofNullable(contacts.get(recipient.id())).map(Contact::email);
    }

    /** The recipient's own webhook URL, if one is configured. */
    public Optional<String> webhookUrlOf(Recipient recipient) {
        return Optional.ofNullable(contacts.get(recipient.id())).map(Contact::webhookUrl);
    }

    /** Every channel some recipient (or one without a preference) may be told on. */
    public Set<Channel> channelsInUse() {
        Set<Channel> inUse = new LinkedHashSet<>(DEFAULT_CHANNELS);
        contacts.values().forEach(contact -> inUse.addAll(contact.channels()));
        return inUse;
    }
}
