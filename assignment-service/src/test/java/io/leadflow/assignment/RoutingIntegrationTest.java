package io.leadflow.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.leadflow.access.Directory;
import io.leadflow.assignment.domain.routing.RoutingConfiguration;
import io.leadflow.assignment.domain.routing.RoutingUser;
import io.leadflow.events.LeadAssigned;
import io.leadflow.events.Permission;
import io.leadflow.events.PermissionScope;
import io.leadflow.events.ResponseActivated;
import io.leadflow.events.UserChanged;
import io.leadflow.schemas.Topics;
import io.leadflow.testsupport.TestEvents;
import io.leadflow.testsupport.TopicProbe;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;

/**
 * Integration tests of leadflow's own routing: they configure routing through the REST API, as an operator
 * would, and put the built-in default back afterwards so the other tests see the external-engine hand-off.
 * Rule names and user ids are fresh per test, since distribution rules keep their state in the shared store.
 */
abstract class RoutingIntegrationTest extends AssignmentIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    Directory directory;

    ApiClient http;
    String unique;

    @BeforeEach
    void connect() {
        http = new ApiClient(port);
        unique = UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void restoreTheDefaultRouting() {
        configure(RoutingConfiguration.DEFAULT);
    }

    /** Saves the configuration as an operator would; it is in effect for the next lead. */
    void configure(RoutingConfiguration configuration) {
        ApiClient.Response saved = http.put("/routing/configuration",
                Map.of("comment", "test setup", "configuration", configuration));
        assertThat(saved.status()).as("saving %s: %s", configuration, saved.json()).isEqualTo(HttpStatus.OK);
    }

    /**
     * Has the company directory give these users the enterprise permission to edit lead distribution for the
     * entire company (as an identity provider would publish it), and waits until this service knows it.
     */
    void grantDistributionAdministration(String... userIds) {
        for (String userId : userIds) {
            upstream.publish(Topics.USER_CHANGED, UserChanged.newBuilder().setEventId(UUID.randomUUID().toString())
                    .setOccurredAt(clock.instant()).setUserId(userId).setName(userId)
                    .setPermissions(List.of(Permission.MANAGE_LEAD_DISTRIBUTION))
                    .setScope(PermissionScope.ENTIRE_COMPANY).build());
        }
        await().atMost(TopicProbe.PATIENCE).until(() -> Stream.of(userIds)
                .allMatch(userId -> directory.user(userId).filter(user -> user.since() != null).isPresent()));
    }

    String userId(String name) {
        return "005-" + name.toLowerCase() + "-" + unique;
    }

    RoutingUser user(String name) {
        return RoutingUser.available(userId(name), name);
    }

    /** Publishes one activation of a fresh lead per attribute set, all at once, and returns them. */
    List<ResponseActivated> activateLeads(int count) {
        List<ResponseActivated> activations = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            activations.add(activation(TestEvents.newLeadId()).build());
        }
        activations.forEach(activation -> upstream.publish(Topics.RESPONSE_ACTIVATED, activation));
        return activations;
    }

    /** The {@code lead.assigned} event of each activation, in the activations' order. */
    List<LeadAssigned> awaitAssigned(List<ResponseActivated> activations) {
        return activations.stream().map(activation -> probe.awaitEvent(Topics.LEAD_ASSIGNED, activation.getLeadId()))
                .toList();
    }

    static Map<String, Long> ownerCounts(List<LeadAssigned> assigned) {
        return assigned.stream().collect(Collectors.groupingBy(event -> event.getOwner().getId(), TreeMap::new,
                Collectors.counting()));
    }

    static <T> Map<T, Long> countsBy(List<LeadAssigned> assigned, Function<LeadAssigned, T> key) {
        return assigned.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
    }
}
