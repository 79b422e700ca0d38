package io.leadflow.assignment.persistence;

import io.leadflow.assignment.domain.Owner;
import io.leadflow.assignment.domain.OwnerKind;

/**
 * An owner as stored. Its id is {@code ownerId}, not {@code id}: Spring Data maps a nested {@code id} to
 * {@code _id} (and may turn it into an ObjectId), which would make the documents confusing to read.
 */
record StoredOwner(String ownerId, OwnerKind kind, String name) {

    static StoredOwner of(Owner owner) {
        return owner == null ? null : new StoredOwner(owner.id(), owner.kind(), owner.name());
    }

    static Owner toOwner(StoredOwner stored) {
        return stored == null ? null : new Owner(stored.ownerId, stored.kind, stored.name);
    }
}
