package io.leadflow.launcher.faults;

/**
 * The ids of the fault suite's leads: the n-th lead of a scenario is {@code 00Q-fault-000000n} and its response
 * {@code 00v-fault-000000n}, so a lead's bookkeeping is found by its number.
 */
final class FaultLeads {

    private static final String LEAD_PREFIX = "00Q-fault-";
    private static final String RESPONSE_PREFIX = "00v-fault-";
    private static final int DIGITS = 7;

    private FaultLeads() {
    }

    static String leadId(int number) {
        return LEAD_PREFIX + String.format("%0" + DIGITS + "d", number);
    }

    static String responseId(int number) {
        return RESPONSE_PREFIX + String.format("%0" + DIGITS + "d", number);
    }

    /** The lead's number, or -1 for a lead the suite did not make up (a poison record's, say). */
    static int number(String leadId) {
        if (leadId == null || leadId.length() != LEAD_PREFIX.length() + DIGITS || !leadId.startsWith(LEAD_PREFIX)) {
            return -1;
        }
        try {
            return Integer.parseInt(leadId.substring(LEAD_PREFIX.length()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
