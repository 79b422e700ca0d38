package io.leadflow.assignment;

import static io.leadflow.testsupport.TestEvents.newLeadId;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.assignment.domain.Owner;
import io.leadflow.assignment.domain.OwnerChange;
import io.leadflow.assignment.domain.OwnerKind;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The latest-owner projection on the MongoDB-compatible store: its conditional upsert is what keeps order. */
class LeadOwnerProjectionIT extends AssignmentIntegrationTest {

    private static final Owner ROUTING_QUEUE = new Owner("00G-routing", OwnerKind.QUEUE, "Lead Routing Queue");
    private static final Owner BOB = new Owner("005-bob", OwnerKind.USER, "Bob Baker");

    @Test
    void shouldRecordTheFirstChangeOfALead() {
        OwnerChange first = new OwnerChange("e-1", newLeadId(), clock.instant(), null, ROUTING_QUEUE, "crm");

        leadOwners.recordIfNewer(first);

        assertThat(leadOwners.latest(first.leadId())).contains(first);
    }

    @Test
    void shouldNeverLetAnOlderChangeOverwriteANewerOne() {
        String leadId = newLeadId();
        Instant now = clock.instant();
        OwnerChange newer = new OwnerChange("e-newer", leadId, now.plusSeconds(10), ROUTING_QUEUE, BOB, "matchmaker");
        OwnerChange older = new OwnerChange("e-older", leadId, now.plusSeconds(5), null, ROUTING_QUEUE, "crm");
        OwnerChange sameInstant = new OwnerChange("e-same", leadId, now.plusSeconds(10), BOB, ROUTING_QUEUE, "crm");

        leadOwners.recordIfNewer(newer);
        leadOwners.recordIfNewer(older);
        leadOwners.recordIfNewer(sameInstant);
        leadOwners.recordIfNewer(newer);

        assertThat(leadOwners.latest(leadId)).contains(newer);
    }

    @Test
    void shouldReplaceAnOlderChangeWithANewerOne() {
        String leadId = newLeadId();
        Instant now = clock.instant();
        OwnerChange older = new OwnerChange("e-older", leadId, now, null, ROUTING_QUEUE, "crm");
        OwnerChange newer = new OwnerChange("e-newer", leadId, now.plusMillis(1), ROUTING_QUEUE, BOB, null);

        leadOwners.recordIfNewer(older);
        leadOwners.recordIfNewer(newer);

        assertThat(leadOwners.latest(leadId)).contains(newer);
    }
}
