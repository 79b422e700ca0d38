package io.leadflow.launcher;

import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** The leadflow services (the four of the pipeline, and the dashboard) and the ports they listen on by default. */
public enum Service {
    RESPONSE("response-service", 8081),
    ASSIGNMENT("assignment-service", 8082),
    REACTIVATION("reactivation-service", 8083),
    NOTIFICATION("notification-service", 8084),
    /** One of the platform's users, not part of the pipeline: it only reads the topics. */
    DASHBOARD("dashboard-service", 8085);

    /** The services a lead goes through: what the benchmark and the fault tests run, without the dashboard. */
    public static final Set<Service> PIPELINE =
            Collections.unmodifiableSet(EnumSet.of(RESPONSE, ASSIGNMENT, REACTIVATION, NOTIFICATION));

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
