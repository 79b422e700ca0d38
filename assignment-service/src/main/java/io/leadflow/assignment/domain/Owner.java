package io.leadflow.assignment.domain;

import java.util.Objects;

/**
 * A lead owner: a user or a queue, identified by its CRM id. Two owners are the same owner when their ids
 * are equal, whatever display name an event carried.
 */
public record Owner(String id, OwnerKind kind, String name) {

    public Owner {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
    }

    public boolean isSameOwnerAs(Owner other) {
        return other != null && id.equals(other.id);
    }

    /** What a person calls the owner: its name, or its id when the event had no name. */
    public String label() {
        return name == null ? id : name;
    }

    /** Name and id, for sentences where the id helps an operator find the owner in the CRM. */
    public String describe() {
        return name == null ? id : name + " (" + id + ")";
    }
}
