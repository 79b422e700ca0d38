package io.leadflow.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.testsupport.AuthenticationContract;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The REST API answers authenticated callers only; health, the Prometheus scrape and the signed acknowledgement links
 * are open to everyone. (Who the caller is: RoutingConfigurationApiIT for the author, HopperIT for the claimant.)
 */
class AuthenticationIT extends AssignmentIntegrationTest implements AuthenticationContract {

    @LocalServerPort
    int port;

    @Override
    public int port() {
        return port;
    }

    @Override
    public String protectedPath() {
        return "/routing/configuration";
    }

    @Test
    void shouldLetAnAcknowledgementLinkCheckItsOwnSignatureWithoutToken() {
        HttpResponse<String> forged = caller().get("/offers/00o-forged/acknowledgement?token=forged", null);

        assertThat(forged.statusCode()).isEqualTo(404);
        assertThat(forged.body()).contains("This acknowledgement link is not valid");
    }
}
