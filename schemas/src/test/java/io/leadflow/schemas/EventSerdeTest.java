package io.leadflow.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadflow.events.LeadAttributes;
import io.leadflow.events.LeadScoreChanged;
import io.leadflow.events.LeadSnapshot;
import io.leadflow.events.Owner;
import io.leadflow.events.OwnerKind;
import io.leadflow.events.Permission;
import io.leadflow.events.PermissionScope;
import io.leadflow.events.ResponseCreated;
import io.leadflow.events.UserChanged;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class EventSerdeTest {

    private final EventSerializer serializer = new EventSerializer();
    private final EventDeserializer deserializer = new EventDeserializer();

    @Test
    void shouldRoundTripAnEventWithNestedRecordsAndEnums() {
        ResponseCreated event = responseCreated("lead-1");

        byte[] bytes = serializer.serialize(Topics.Names.RESPONSE_CREATED, event);

        assertThat(bytes[0]).as("single-object marker").isEqualTo((byte) 0xC3);
        assertThat(bytes[1]).isEqualTo((byte) 0x01);
        assertThat(deserializer.deserialize(Topics.Names.RESPONSE_CREATED, bytes)).isEqualTo(event);
    }

    @Test
    void shouldPassRawBytesThroughSoDeadLettersKeepTheOriginalRecord() {
        byte[] original = {1, 2, 3};

        assertThat(serializer.serialize("response.created.dlt", original)).isSameAs(original);
    }

    @Test
    void shouldRejectBytesThatAreNotSingleObjectEncoded() {
        assertThatThrownBy(() -> deserializer.deserialize(Topics.Names.RESPONSE_CREATED, "{\"leadId\":1}".getBytes()))
                .isInstanceOf(SerializationException.class)
                .hasMessageStartingWith("response.created: not a ResponseCreated in Avro single-object encoding");
    }

    @Test
    void shouldRejectAWriterSchemaThatWasNeverReleased() throws Exception {
        Schema unknown = SchemaBuilder.record("Stranger").namespace("elsewhere").fields()
                .requiredString("leadId").endRecord();
        GenericRecord record = new GenericData.Record(unknown);
        record.put("leadId", "lead-1");

        byte[] bytes = toArray(new BinaryMessageEncoder<GenericRecord>(GenericData.get(), unknown).encode(record));

        assertThatThrownBy(() -> deserializer.deserialize(Topics.Names.LEAD_SCORE_CHANGED, bytes))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("not a LeadScoreChanged")
                .hasMessageContaining("fingerprint");
    }

    @Test
    void shouldRejectAnEventWithABlankEnvelopeField() {
        LeadScoreChanged event = LeadScoreChanged.newBuilder()
                .setEventId(" ").setOccurredAt(now()).setCorrelationId("c-1").setLeadId("lead-1")
                .setScore(80).build();

        byte[] bytes = serializer.serialize(Topics.Names.LEAD_SCORE_CHANGED, event);

        assertThatThrownBy(() -> deserializer.deserialize(Topics.Names.LEAD_SCORE_CHANGED, bytes))
                .isInstanceOf(SerializationException.class)
                .hasMessage("lead.score.changed: eventId is blank");
    }

    @Test
    void shouldReadADirectoryEventKeyedByItsUserAndRejectOneWithoutAUser() {
        UserChanged user = UserChanged.newBuilder().setEventId("e-1").setOccurredAt(now()).setUserId("wendy")
                .setPermissions(List.of(Permission.MANAGE_LEAD_DISTRIBUTION)).setScope(PermissionScope.USERS_GROUP)
                .build();
        UserChanged nobody = UserChanged.newBuilder(user).setUserId(" ").build();

        assertThat(deserializer.deserialize(Topics.Names.USER_CHANGED,
                serializer.serialize(Topics.Names.USER_CHANGED, user))).isEqualTo(user);
        assertThatThrownBy(() -> deserializer.deserialize(Topics.Names.USER_CHANGED,
                serializer.serialize(Topics.Names.USER_CHANGED, nobody)))
                .isInstanceOf(SerializationException.class)
                .hasMessage("user.changed: userId is blank");
    }

    @Test
    void shouldRejectATopicOutsideTheCatalog() {
        byte[] bytes = serializer.serialize("whatever", responseCreated("lead-1"));

        assertThatThrownBy(() -> deserializer.deserialize("whatever", bytes))
                .isInstanceOf(SerializationException.class)
                .hasMessage("whatever: not a topic of the leadflow catalog");
    }

    @Test
    void shouldRejectATombstone() {
        assertThatThrownBy(() -> deserializer.deserialize(Topics.Names.RESPONSE_CREATED, null))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("empty value");
    }

    @Test
    void shouldRefuseToWriteSomethingThatIsNotAnEvent() {
        assertThatThrownBy(() -> serializer.serialize(Topics.Names.RESPONSE_CREATED, "hello"))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("not a leadflow event");
    }

    @Test
    void shouldNameEveryTopicOnceWithItsDeadLetterTopic() {
        assertThat(Topics.ALL).extracting(Topic::name).doesNotHaveDuplicates().hasSize(22);
        assertThat(Topics.byName("lead.assigned")).contains(Topics.LEAD_ASSIGNED);
        assertThat(Topics.LEAD_ASSIGNED.deadLetterTopic()).isEqualTo("lead.assigned.dlt");
        assertThat(Topics.byValueType(ResponseCreated.class)).contains(Topics.RESPONSE_CREATED);
    }

    private static ResponseCreated responseCreated(String leadId) {
        return ResponseCreated.newBuilder()
                .setEventId("e-1").setOccurredAt(now()).setCorrelationId("c-1").setLeadId(leadId)
                .setResponseId("cm-1").setCampaignId("701-webinar").setCampaignName("Webinar")
                .setMemberStatus("Responded").setResponded(true)
                .setLead(LeadSnapshot.newBuilder()
                        .setOwner(Owner.newBuilder().setId("00G-inbound").setKind(OwnerKind.QUEUE).setName("Inbound").build())
                        .setScore(72).setStatus("Open")
                        .setAttributes(LeadAttributes.newBuilder()
                                .setCompany("Acme").setCompanySize(250).setCountry("US").setState("CA")
                                .setIndustry("Software").setTags(List.of("enterprise")).setCustom(Map.of("tier", "gold"))
                                .build())
                        .build())
                .build();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    private static byte[] toArray(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }
}
