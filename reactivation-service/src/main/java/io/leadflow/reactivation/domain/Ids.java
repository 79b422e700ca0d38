package io.leadflow.reactivation.domain;

import io.leadflow.platform.events.EventIds;

/** Derived ids: the same run always publishes the same ids, so consumers drop what is published twice. */
final class Ids {

    private Ids() {
    }

    static String run(String scenario, String triggerEventId) {
        return EventIds.derived("reactivation.run", scenario, triggerEventId);
    }

    static String decision(String runId) {
        return EventIds.derived("response.reactivation.decided", runId);
    }

    static String syncRequest(String runId) {
        return EventIds.derived("lead.update.requested", runId);
    }
}
