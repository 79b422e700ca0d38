package io.leadflow.response.domain;

import static io.leadflow.response.domain.Responses.response;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadflow.platform.events.InvalidEventException;
import io.leadflow.testsupport.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The orchestration around the funnel decision, against in-memory ports. */
class ResponseManagementTest {

    static final List<String> QUALIFYING = List.of("Open", "Working", "Nurture");
    static final List<String> CLOSING = List.of("Disqualified", "Converted", "Recycled");
    static final Instant START = Instant.parse("2026-11-23T19:05:00.456Z");

    final MutableClock clock = new MutableClock(START);
    final InMemoryMembers members = new InMemoryMembers();
    final InMemoryLeads leads = new InMemoryLeads();
    final RecordingPublisher publisher = new RecordingPublisher();

    ResponseManagement management(boolean oneActiveResponsePerLead) {
        return new ResponseManagement(new FunnelRules(50, QUALIFYING, false, oneActiveResponsePerLead, CLOSING),
                members, leads, publisher, clock);
    }

    @Test
    void shouldPublishAnActivationOnceAndMarkItPublished() {
        ResponseManagement management = management(true);
        CampaignResponse qualifying = response(true, 85, "Open");

        management.receive(qualifying);
        management.receive(qualifying);

        assertThat(publisher.published).extracting(CampaignMember::responseId).containsExactly("00v-1");
        assertThat(members.stored.get("00v-1").activationPublished()).isTrue();
        assertThat(members.stored.get("00v-1").activatedAt()).isEqualTo(START);
    }

    @Test
    void shouldRepublishTheStoredActivationWhenThePreviousPublishFailed() {
        ResponseManagement management = management(true);
        CampaignResponse qualifying = response(true, 85, "Open");
        publisher.failNext = true;

        assertThatThrownBy(() -> management.receive(qualifying)).isInstanceOf(IllegalStateException.class);
        clock.advance(Duration.ofMinutes(5));
        management.receive(qualifying);

        assertThat(publisher.published).hasSize(1);
        assertThat(publisher.published.get(0).activatedAt()).isEqualTo(START);
        assertThat(members.stored.get("00v-1").activationPublished()).isTrue();
    }

    @Test
    void shouldActivateEveryQualifyingResponseWhenLeadsMayHaveSeveral() {
        ResponseManagement management = management(false);
        CampaignResponse first = response(true, 85, "Open");
        CampaignResponse second = new CampaignResponse("00v-2", first.leadId(), "corr-2", "701-other", null,
                "Responded", true, first.respondedAt().plusSeconds(60), first.lead());

        management.receive(first);
        management.receive(second);

        assertThat(publisher.published).extracting(CampaignMember::responseId).containsExactly("00v-1", "00v-2");
        assertThat(leads.claims).isEmpty();
    }

    @Test
    void shouldRejectAnAssignmentOfAResponseOfAnotherLead() {
        ResponseManagement management = management(true);
        management.receive(response(true, 85, "Open"));
        LeadAssignment otherLead = new LeadAssignment("evt-1", "00Q-other", "00v-1",
                new Owner("005-alice", OwnerKind.USER, "Alice Archer"), AssignmentMethod.EXTERNAL_ENGINE, START, 4000);

        assertThatThrownBy(() -> management.recordAssignment(otherLead))
                .isInstanceOf(InvalidEventException.class)
                .hasMessage("no campaign member 00v-1 for lead 00Q-other");
    }

    static final class RecordingPublisher implements ActivationPublisher {

        final List<CampaignMember> published = new ArrayList<>();
        boolean failNext;

        @Override
        public void publishNewResponse(CampaignMember member) {
            if (failNext) {
                failNext = false;
                throw new IllegalStateException("Kafka did not confirm");
            }
            published.add(member);
        }
    }

    static final class InMemoryLeads implements LeadFunnels {

        final Map<String, String> claims = new LinkedHashMap<>();

        @Override
        public Optional<String> claimActiveResponse(String leadId, String responseId) {
            String holder = claims.putIfAbsent(leadId, responseId);
            return holder == null || holder.equals(responseId) ? Optional.empty() : Optional.of(holder);
        }

        @Override
        public void releaseActiveResponse(String leadId, String responseId) {
            claims.remove(leadId, responseId);
        }
    }

    static final class InMemoryMembers implements CampaignMembers {

        final Map<String, CampaignMember> stored = new LinkedHashMap<>();

        @Override
        public Optional<CampaignMember> find(String responseId) {
            return Optional.ofNullable(stored.get(responseId));
        }

        @Override
        public List<CampaignMember> findByLead(String leadId) {
            return stored.values().stream().filter(member -> member.response().leadId().equals(leadId)).toList();
        }

        @Override
        public void insert(CampaignMember member) {
            if (stored.putIfAbsent(member.responseId(), member) != null) {
                throw new IllegalStateException("duplicate " + member.responseId());
            }
        }

        @Override
        public void markActivationPublished(String responseId) {
            CampaignMember m = stored.get(responseId);
            stored.put(responseId, new CampaignMember(m.response(), m.responseStatus(), m.resolution(),
                    m.activatedAt(), true, m.funnelClosedAt(), m.closedReason(), m.firstOwner()));
        }

        @Override
        public List<String> closeActiveResponses(String leadId, Instant respondedUpTo, FunnelClosure closure) {
            throw new UnsupportedOperationException("closing is tested against MongoDB");
        }

        @Override
        public void recordFirstOwnerIfUnset(String responseId, FirstOwner firstOwner) {
            throw new UnsupportedOperationException("first-owner metrics are tested against MongoDB");
        }
    }
}
