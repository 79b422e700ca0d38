package io.leadflow.dashboard;

import io.leadflow.dashboard.domain.Dashboard;
import io.leadflow.testsupport.LeadflowTestInfrastructure;
import io.leadflow.testsupport.TestPublisher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/**
 * The Spring context of the service's integration tests: the JVM's embedded broker and the test access tokens. The
 * read model is shared by the tests of a context, so each test uses reps, rules and leads of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = LeadflowTestInfrastructure.class)
abstract class AbstractDashboardIT {

    @LocalServerPort
    int port;
    @Autowired
    Dashboard dashboard;

    TestPublisher upstream;

    @BeforeEach
    void startPublisher() {
        upstream = new TestPublisher(LeadflowTestInfrastructure.kafkaBootstrapServers());
    }

    @AfterEach
    void stopPublisher() {
        upstream.close();
    }
}
