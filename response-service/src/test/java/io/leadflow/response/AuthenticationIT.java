package io.leadflow.response;

import io.leadflow.testsupport.AuthenticationContract;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The REST API answers authenticated callers only; health and the Prometheus scrape are open to everyone. */
class AuthenticationIT extends ResponseServiceIT implements AuthenticationContract {

    @LocalServerPort
    int port;

    @Override
    public int port() {
        return port;
    }

    @Override
    public String protectedPath() {
        return "/leads/00Q-nobody/campaign-members";
    }
}
