package io.leadflow.testsupport;

import static io.leadflow.testsupport.AuthenticationProbe.assertNotAuthenticated;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * What every leadflow service promises about authentication: its REST API answers authenticated callers only (a 401
 * problem without a token, with an expired one or one signed by another key), while health and the Prometheus scrape
 * are open to everyone. A service's authentication test implements it next to the base class of its integration
 * tests, naming its port and one path of its API.
 */
public interface AuthenticationContract {

    /** The port the service under test listens on. */
    int port();

    /** A path of the service's API a valid caller gets 200 from. */
    String protectedPath();

    default AuthenticationProbe caller() {
        return new AuthenticationProbe(port());
    }

    @Test
    default void shouldRefuseARequestWithoutTokenWithAProblem() {
        HttpResponse<String> answer = caller().get(protectedPath(), null);

        assertNotAuthenticated(answer, "No access token: send Authorization: Bearer <token>");
    }

    @Test
    default void shouldRefuseAnExpiredTokenAndOneSignedByAnotherKey() {
        HttpResponse<String> expired = caller().get(protectedPath(), TestTokens.expired(TestTokens.ADMINISTRATOR));
        HttpResponse<String> foreign = caller().get(protectedPath(),
                TestTokens.signedByForeignKey(TestTokens.ADMINISTRATOR));

        assertNotAuthenticated(expired, "Jwt expired at");
        assertNotAuthenticated(foreign, "The access token was refused");
    }

    @Test
    default void shouldAnswerACallerWithAValidToken() {
        HttpResponse<String> answer = caller().get(protectedPath(), TestTokens.bearer(TestTokens.ADMINISTRATOR));

        assertThat(answer.statusCode()).isEqualTo(200);
    }

    @Test
    default void shouldServeHealthAndThePrometheusScrapeWithoutToken() {
        HttpResponse<String> health = caller().get("/actuator/health", null);
        HttpResponse<String> prometheus = caller().get("/actuator/prometheus", null);

        // Open, whatever the health it reports (a test context has no mail server, for one).
        assertThat(health.statusCode()).isNotIn(401, 403);
        assertThat(health.body()).contains("\"status\":");
        assertThat(prometheus.statusCode()).isEqualTo(200);
        assertThat(prometheus.body()).contains("jvm_memory_used_bytes");
    }
}
