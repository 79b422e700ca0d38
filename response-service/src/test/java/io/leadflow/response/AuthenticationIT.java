package io.leadflow.response;

import static io.leadflow.testsupport.AuthenticationProbe.assertNotAuthenticated;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.testsupport.AuthenticationProbe;
import io.leadflow.testsupport.TestTokens;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The REST API answers authenticated callers only; health and the Prometheus scrape are open to everyone. */
class AuthenticationIT extends ResponseServiceIT {

    private static final String API = "/leads/00Q-nobody/campaign-members";

    @LocalServerPort
    int port;

    AuthenticationProbe caller;

    @BeforeEach
    void connect() {
        caller = new AuthenticationProbe(port);
    }

    @Test
    void shouldRefuseARequestWithoutTokenWithAProblem() {
        HttpResponse<String> answer = caller.get(API, null);

        assertNotAuthenticated(answer, "No access token: send Authorization: Bearer <token>");
    }

    @Test
    void shouldRefuseAnExpiredTokenAndOneSignedByAnotherKey() {
        HttpResponse<String> expired = caller.get(API, TestTokens.expired("ops@example.com"));
        HttpResponse<String> foreign = caller.get(API, TestTokens.signedByForeignKey("ops@example.com"));

        assertNotAuthenticated(expired, "Jwt expired at");
        assertNotAuthenticated(foreign, "The access token was refused");
    }

    @Test
    void shouldAnswerACallerWithAValidToken() {
        HttpResponse<String> answer = caller.get(API, TestTokens.bearer("ops@example.com"));

        assertThat(answer.statusCode()).isEqualTo(200);
    }

    @Test
    void shouldServeHealthAndThePrometheusScrapeWithoutToken() {
        HttpResponse<String> health = caller.get("/actuator/health", null);
        HttpResponse<String> prometheus = caller.get("/actuator/prometheus", null);

        // Open, whatever the health it reports (a test context has no mail server, for one).
        assertThat(health.statusCode()).isNotIn(401, 403);
        assertThat(health.body()).contains("\"status\":");
        assertThat(prometheus.statusCode()).isEqualTo(200);
        assertThat(prometheus.body()).contains("jvm_memory_used_bytes");
    }
}
