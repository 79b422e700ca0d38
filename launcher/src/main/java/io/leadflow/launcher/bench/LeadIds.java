package io.leadflow.launcher.bench;

/**
 * The ids of the pipeline benchmark's leads: the n-th lead of the run is {@code 00Q-bench-000000n} and its response
 * {@code 00v-bench-000000n}. Fresh leads each, all of the same length (so every record has the same size), and
 * numbered, so the bookkeeping of a lead is an array index rather than a map entry.
 */
final class LeadIds {

    private static final String LEAD_PREFIX = "00Q-bench-";
    private static final String RESPONSE_PREFIX = "00v-bench-";
    private static final int DIGITS = 7;

    private LeadIds() {
    }

    static String leadId(int number) {
        return LEAD_PREFIX + digits(number);
    }

    static String responseId(int number) {
        return RESPONSE_PREFIX + digits(number);
    }

    /** The lead's number, or -1 for a lead the benchmark did not make up. */
    static int number(String leadId) {
        if (leadId.length() != LEAD_PREFIX.length() + DIGITS || !leadId.startsWith(LEAD_PREFIX)) {
            return -1;
        }
        try {
            return Integer.parseInt(leadId.substring(LEAD_PREFIX.length()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String digits(int number) {
        return String.format("%0" + DIGITS + "d", number);
    }
}
