package io.leadflow.response.domain;

/** Where a campaign-member response stands in the funnel, with the label people see. */
public enum ResponseStatus {
    ACTIVE("Active"),
    RESOLVED_NO_ACTION("Resolved - No Action Required"),
    RESOLVED_ACTIVE_RESPONSE_EXISTS("Resolved - Active Response Exists"),
    CLOSED("Closed");

    private final String label;

    ResponseStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
