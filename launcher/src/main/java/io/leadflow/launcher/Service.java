package io.leadflow.launcher;

import java.nio.file.Path;

/** The four leadflow services and the ports they listen on by default. */
public enum Service {
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

    public String module() {
        return module;
    }

    /** The service's runnable jar among the launcher's {@code services/}. */
    public Path jar(Path servicesDir) {
        return servicesDir.resolve(module + "-exec.jar");
    }

    int defaultPort() {
        return defaultPort;
    }
}
