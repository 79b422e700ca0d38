package io.leadflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.testsupport.AuthenticationContract;
import io.leadflow.testsupport.AuthenticationProbe;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The API answers authenticated callers only; the page's own files, health and the Prometheus scrape are open. */
class AuthenticationIT extends AbstractDashboardIT implements AuthenticationContract {

    @Override
    public int port() {
        return port;
    }

    @Override
    public String protectedPath() {
        return "/api/overview";
    }

    @Test
    void shouldRefuseTheLiveStreamAndTheJourneyWithoutToken() {
        AuthenticationProbe.assertNotAuthenticated(caller().get("/api/live", null), "No access token");
        AuthenticationProbe.assertNotAuthenticated(caller().get("/api/leads/00Q-1/journey", null), "No access token");
        AuthenticationProbe.assertNotAuthenticated(caller().get("/api/hopper", null), "No access token");
    }

    @Test
    void shouldServeThePageWithoutToken() {
        HttpResponse<String> page = caller().get("/", null);
        HttpResponse<String> script = caller().get("/dashboard.js", null);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<title>leadflow · live dashboard</title>");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.body()).contains("Authorization: 'Bearer ' + token");
    }
}
