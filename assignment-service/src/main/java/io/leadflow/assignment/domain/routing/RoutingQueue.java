package io.leadflow.assignment.domain.routing;

/** A queue of the CRM that leads can be routed to. */
public record RoutingQueue(String id, String name) {

    public String label() {
        return name == null ? id : name;
    }
}
