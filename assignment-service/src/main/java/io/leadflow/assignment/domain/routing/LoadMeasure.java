package io.leadflow.assignment.domain.routing;

/** What a load-balanced distribution rule counts as a member's load. */
public enum LoadMeasure {
    /** Open leads the member owns. */
    OPEN_LEADS("open leads", "open lead"),
    /** Open opportunities the member owns. */
    OPEN_OPPORTUNITIES("open opportunities", "open opportunity"),
    /** Open leads and open opportunities together. */
    OPEN_LEADS_AND_OPPORTUNITIES("open leads and opportunities", "open lead or opportunity");

    private final String plural;
    private final String singular;

    LoadMeasure(String plural, String singular) {
        this.plural = plural;
        this.singular = singular;
    }

    /** {@code count} in words, e.g. "1 open lead", "3 open opportunities". */
    String count(long count) {
        return count + " " + (count == 1 ? singular : plural);
    }

    String noun() {
        return plural;
    }

    boolean countsLeads() {
        return this != OPEN_OPPORTUNITIES;
    }

    boolean countsOpportunities() {
        return this != OPEN_LEADS;
    }
}
