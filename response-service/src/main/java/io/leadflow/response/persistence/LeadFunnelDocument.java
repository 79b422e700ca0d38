package io.leadflow.response.persistence;

import io.leadflow.response.domain.ActiveResponse;
import io.leadflow.response.domain.LeadFunnel;
import io.leadflow.response.domain.ReactivationAction;
import io.leadflow.response.domain.ReactivationRefusal;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A lead's funnel in collection {@code leads}, read and written by {@code _id} only.
 *
 * @param activeResponses the lead's open active responses, oldest first: what closing a funnel closes. Null in
 *     documents written before the service kept it, which hold only {@code activeResponseId}.
 * @param activeResponseId the lead's open active response (the first of {@code activeResponses}), or null; for
 *     people reading the store, decisions read {@code activeResponses}
 * @param reactivationRefusals the last reactivation decisions refused for the lead, oldest first; null when none
 *     was
 */
@Document(LeadFunnelDocument.COLLECTION)
record LeadFunnelDocument(@Id String leadId, String activeResponseId, List<ActiveResponseDocument> activeResponses,
        List<ReactivationRefusalDocument> reactivationRefusals) {

    static final String COLLECTION = "leads";
    static final String ACTIVE_RESPONSE_ID = "activeResponseId";
    static final String ACTIVE_RESPONSES = "activeResponses";
    static final String REACTIVATION_REFUSALS = "reactivationRefusals";

    /**
     * An open active response: its id and when it entered the funnel.
     *
     * @param respondedAt what {@code openedAt} was called in entries written before reactivated responses entered
     *     funnels (when it was always the response's time)
     */
    record ActiveResponseDocument(String responseId, Instant openedAt, Instant respondedAt) {

        static final String RESPONSE_ID = "responseId";
        static final String OPENED_AT = "openedAt";

        ActiveResponse toActiveResponse() {
            return new ActiveResponse(responseId, openedAt != null ? openedAt : respondedAt);
        }
    }

    /** A refused reactivation decision. */
    record ReactivationRefusalDocument(String decisionId, String scenario, ReactivationAction action,
            Instant refusedAt, String reason) {

        static final String DECISION_ID = "decisionId";
        static final String SCENARIO = "scenario";
        static final String ACTION = "action";
        static final String REFUSED_AT = "refusedAt";
        static final String REASON = "reason";

        ReactivationRefusal toRefusal() {
            return new ReactivationRefusal(decisionId, scenario, action, refusedAt, reason);
        }
    }

    /** Written before the service kept the list of open active responses. */
    boolean isLegacy() {
        return activeResponses == null && activeResponseId != null;
    }

    /** @param legacyResponse the open active response of a {@link #isLegacy() legacy} document, else ignored */
    LeadFunnel toFunnel(ActiveResponse legacyResponse) {
        List<ActiveResponse> open = isLegacy() ? List.of(legacyResponse)
                : activeResponses == null ? List.of()
                : activeResponses.stream().map(ActiveResponseDocument::toActiveResponse).toList();
        return new LeadFunnel(leadId, open, reactivationRefusals == null ? List.of()
                : reactivationRefusals.stream().map(ReactivationRefusalDocument::toRefusal).toList());
    }
}
