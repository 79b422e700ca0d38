package io.leadflow.response.persistence;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A lead in collection {@code leads}: which response holds its one open active response, if any.
 *
 * @param activeResponseId the open active response; null when the lead has none
 */
@Document(LeadFunnelDocument.COLLECTION)
record LeadFunnelDocument(@Id String leadId, String activeResponseId) {

    static final String COLLECTION = "leads";
    static final String ACTIVE_RESPONSE_ID = "activeResponseId";
}
