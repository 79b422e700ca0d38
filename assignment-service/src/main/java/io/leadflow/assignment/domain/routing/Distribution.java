package io.leadflow.assignment.domain.routing;

import io.leadflow.assignment.domain.AssignmentMethod;
import io.leadflow.assignment.domain.Owner;

/** Where a distribute step sent a lead, with the explanation of why. */
public sealed interface Distribution {

    RoutingExplanation explanation();

    /** The lead has its final owner. */
    record ToOwner(Owner owner, AssignmentMethod method, RoutingExplanation explanation) implements Distribution {
    }

    /** The lead is handed to the external engine: park it with the temporary owner and wait. */
    record ToEngine(RoutingExplanation explanation) implements Distribution {
    }

    /** The lead waits in the hopper for a user to claim it, with {@code owner} meanwhile (null: unassigned). */
    record ToHopper(Owner owner, RoutingExplanation explanation) implements Distribution {
    }

    /** Nobody could take the lead and nothing says where else it goes: it stays unassigned. */
    record Unassigned(RoutingExplanation explanation) implements Distribution {
    }
}
