package io.leadflow.response.domain;

import java.util.Optional;

/** Per lead, which response holds the lead's one open active response. */
public interface LeadFunnels {

    /**
     * Makes {@code responseId} the lead's open active response unless another one holds it. Claiming again
     * for the same response succeeds, so a redelivery converges.
     *
     * @return empty when the response holds the claim, otherwise the id of the response that holds it
     */
    Optional<String> claimActiveResponse(String leadId, String responseId);

    /** Frees the lead's claim if {@code responseId} holds it. */
    void releaseActiveResponse(String leadId, String responseId);
}
