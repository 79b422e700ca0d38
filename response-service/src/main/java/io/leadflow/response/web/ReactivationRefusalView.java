package io.leadflow.response.web;

import io.leadflow.response.domain.ReactivationRefusal;
import java.time.Instant;

/** The JSON of a refused reactivation decision. */
record ReactivationRefusalView(String decisionId, String scenario, String action, Instant refusedAt, String reason) {

    static ReactivationRefusalView of(ReactivationRefusal refusal) {
        return new ReactivationRefusalView(refusal.decisionId(), refusal.scenario(), refusal.action().name(),
                refusal.refusedAt(), refusal.reason());
    }
}
