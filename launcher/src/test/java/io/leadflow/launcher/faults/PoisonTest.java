package io.leadflow.launcher.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadflow.events.ResponseCreated;
import io.leadflow.schemas.EventCodec;
import org.apache.avro.message.MissingSchemaException;
import org.junit.jupiter.api.Test;

class PoisonTest {

    @Test
    void shouldMakeBytesThatAreNoEvent() {
        assertThatThrownBy(() -> EventCodec.decode(Poison.UNDECODABLE.value(1), ResponseCreated.class))
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void shouldMakeAWellFormedResponseWithoutAnEventId() {
        ResponseCreated decoded = EventCodec.decode(Poison.INVALID_CONTENT.value(2), ResponseCreated.class);

        assertThat(decoded.getEventId()).isEmpty();
        assertThat(decoded.getLeadId()).isEqualTo(Poison.key(2));
    }

    @Test
    void shouldWriteAsANewerWriterWhoseSchemaNoReleasedVersionKnows() {
        assertThatThrownBy(() -> EventCodec.decode(Poison.UNKNOWN_ENUM_SYMBOL.value(3), ResponseCreated.class))
                .isInstanceOf(MissingSchemaException.class);
    }

    @Test
    void shouldTakeTurnsBetweenTheKinds() {
        assertThat(Poison.mix(5)).containsExactly(Poison.UNDECODABLE, Poison.INVALID_CONTENT,
                Poison.UNKNOWN_ENUM_SYMBOL, Poison.UNDECODABLE, Poison.INVALID_CONTENT);
    }
}
