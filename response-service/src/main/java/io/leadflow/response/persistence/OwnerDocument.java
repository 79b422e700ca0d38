package io.leadflow.response.persistence;

import io.leadflow.response.domain.Owner;
import io.leadflow.response.domain.OwnerKind;
import org.springframework.data.mongodb.core.mapping.Field;

/** An owner as stored inside a campaign member. */
record OwnerDocument(
        // Named explicitly: Spring Data would otherwise store a property called id as _id, even when embedded.
        @Field("id") String id,
        OwnerKind kind,
        String name) {

    static OwnerDocument of(Owner owner) {
        return owner == null ? null : new OwnerDocument(owner.id(), owner.kind(), owner.name());
    }

    Owner toOwner() {
        return new Owner(id, kind, name);
    }
}
