package io.leadflow.launcher;

/** The four leadflow services and the ports they listen on by default. */
enum Service {
    RESPONSE("response-service", 8081),
    ASSIGNMENT("assignment-service", 8082),
    REACTIVATION("reactivation-service", 8083),
    NOTIFICATION("notification-service", 8084);

    private final String module;
    private final int defaultPort;

    Service(String module, int defaultPort) {
        this.module = module;
        this.defaultPort = defaultPort;
    }

    String module() {
        return module;
    }

    int defaultPort() {
        return defaultPort;
    }
}
