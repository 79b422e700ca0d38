package io.leadflow.notification;

import io.leadflow.testsupport.AuthenticationContract;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The REST API answers authenticated callers only; health and the Prometheus scrape are open to everyone. */
class AuthenticationIT extends AbstractNotificationIT implements AuthenticationContract {

    @LocalServerPort
    int port;

    @Override
    public int port() {
        return port;
    }

    @Override
    public String protectedPath() {
        return "/notifications?leadId=00Q-nobody";
    }
}
