package io.leadflow.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadflow.notification.domain.RecipientDirectory.Contact;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecipientDirectoryTest {

    static final Recipient BOB = new Recipient("005-bob", RecipientKind.USER, "Bob Baker");

    final RecipientDirectory directory = new RecipientDirectory(Map.of(
            Assignments.ALICE.id(), new Contact(List.of(Channel.EMAIL, Channel.WEBHOOK), "alice@example.com", null)));

    @Test
    void shouldTellARecipientOnTheirChannelsInTheirOrder() {
        assertThat(directory.channelsFor(Assignments.ALICE)).containsExactly(Channel.EMAIL, Channel.WEBHOOK);
        assertThat(directory.emailOf(Assignments.ALICE)).contains("alice@example.com");
        assertThat(directory.webhookUrlOf(Assignments.ALICE)).isEmpty();
    }

    @Test
    void shouldTellARecipientWithoutPreferenceByWebhookAtTheDefaultUrl() {
        assertThat(directory.channelsFor(BOB)).containsExactly(Channel.WEBHOOK);
        assertThat(directory.emailOf(BOB)).isEmpty();
        assertThat(directory.webhookUrlOf(BOB)).isEmpty();
        assertThat(RecipientDirectory.empty().channelsInUse()).containsExactly(Channel.WEBHOOK);
        assertThat(directory.channelsInUse()).containsExactlyInAnyOrder(Channel.WEBHOOK, Channel.EMAIL);
    }

    @Test
    void shouldRefuseAContactToldByEmailWithoutAnAddressOrWithoutChannels() {
        assertThatThrownBy(() -> new Contact(List.of(Channel.EMAIL), null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Contact(List.of(), "alice@example.com", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Contact(List.of(Channel.WEBHOOK, Channel.WEBHOOK), null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
