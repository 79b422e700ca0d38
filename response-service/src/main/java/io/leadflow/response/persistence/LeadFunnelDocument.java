package io.leadflow.response.persistence;

import io.leadflow.response.domain.ActiveResponse;
import io.leadflow.response.domain.LeadFunnel;
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
 */
@Document(LeadFunnelDocument.COLLECTION)
record LeadFunnelDocument(@Id String leadId, String activeResponseId, List<ActiveResponseDocument> activeResponses) {

    static final String COLLECTION = "leads";
    static final String ACTIVE_RESPONSE_ID = "activeResponseId";
    static final String ACTIVE_RESPONSES = "activeResponses";

    /** An open active response: its id and when it happened. */
    record ActiveResponseDocument(String responseId, Instant respondedAt) {

        static final String RESPONSE_ID = "responseId";
        static final String RESPONDED_AT = "respondedAt";

        ActiveResponse toActiveResponse() {
            return new ActiveResponse(responseId, respondedAt);
        }
    }

    /** Written before the service kept the list of open active responses. */
    boolean isLegacy() {
        return activeResponses == null && activeResponseId != null;
    }

    LeadFunnel toFunnel() {
        return new LeadFunnel(leadId, activeResponses == null ? List.of()
                : activeResponses.stream().map(ActiveResponseDocument::toActiveResponse).toList());
    }
}
