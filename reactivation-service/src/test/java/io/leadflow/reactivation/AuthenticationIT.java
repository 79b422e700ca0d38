package io.leadflow.reactivation;

import io.leadflow.testsupport.AuthenticationContract;

/** The REST API answers authenticated callers only; health and the Prometheus scrape are open to everyone. */
class AuthenticationIT extends ReactivationServiceIT implements AuthenticationContract {

    @Override
    public int port() {
        return port;
    }

    @Override
    public String protectedPath() {
        return "/reactivation/configuration";
    }
}
