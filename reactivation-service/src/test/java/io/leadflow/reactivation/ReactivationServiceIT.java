package io.leadflow.reactivation;

import static org.awaitility.Awaitility.await;

import io.leadflow.testsupport.LeadflowTestInfrastructure;
import io.leadflow.testsupport.MutableClock;
import io.leadflow.testsupport.TopicProbe;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/**
 * The one Spring context every integration test of the service shares: the JVM's embedded KRaft broker, the
 * in-memory MongoDB (both from test-support), a real HTTP port and a clock the tests move (it replaces the
 * platform's system clock and stands still until a test advances it). Keep its configuration the same for every
 * subclass, so that Spring starts the service once. The stored scenario configuration is shared too: a test
 * that changes it puts the empty configuration back afterwards.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = LeadflowTestInfrastructure.class)
@Import(ReactivationServiceIT.TestBeans.class)
abstract class ReactivationServiceIT {

    @TestConfiguration(proxyBeanMethods = false)
    static class TestBeans {

        @Bean
        MutableClock clock() {
            return MutableClock.startingNow();
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;
    @Autowired
    MongoTemplate mongo;

    /** The service's REST API over real HTTP. */
    ApiClient http;

    @BeforeEach
    void connectToTheApi() {
        http = new ApiClient(port);
    }

    /** What the service tells of the lead: {@code GET /leads/{leadId}/reactivations}. */
    JsonNode reactivations(String leadId) {
        return http.get("/leads/" + leadId + "/reactivations").json();
    }

    /** The steps of every run for the lead, oldest first. */
    List<JsonNode> steps(String leadId) {
        return reactivations(leadId).get("runs").valueStream().toList();
    }

    /** The first step of the lead with this outcome, once there is one. */
    JsonNode awaitStep(String leadId, String outcome) {
        await().atMost(TopicProbe.PATIENCE).until(() -> steps(leadId).stream()
                .anyMatch(step -> outcome.equals(step.get("outcome").asString())));
        return steps(leadId).stream().filter(step -> outcome.equals(step.get("outcome").asString())).findFirst()
                .orElseThrow();
    }

    /**
     * The value of one series on {@code /actuator/prometheus}, e.g. {@code leadflow_reactivation_open_waits} (labels
     * as the endpoint writes them: sorted by name); 0 while the series does not exist yet.
     */
    double scraped(String series) {
        String text = RestClient.create("http://localhost:" + port).get().uri("/actuator/prometheus")
                .accept(MediaType.TEXT_PLAIN).retrieve().body(String.class);
        return text.lines()
                .filter(line -> line.startsWith(series + " "))
                .mapToDouble(line -> Double.parseDouble(line.substring(series.length() + 1).trim()))
                .findFirst()
                .orElse(0);
    }
}
