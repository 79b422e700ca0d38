package io.leadflow.dashboard.domain;

/**
 * How much the in-memory read model keeps, so its memory does not grow with traffic.
 *
 * @param liveAssignments the latest assignments a page starts with (it keeps as many)
 * @param explainedAssignments the latest assignments whose whole explanation can be opened
 * @param journeyLeads leads whose journey is kept (the most recently active ones)
 * @param journeyEventsPerLead events kept per lead (the latest ones)
 * @param rememberedEventIds event ids remembered to drop redeliveries and re-publications
 */
public record DashboardLimits(int liveAssignments, int explainedAssignments, int journeyLeads,
        int journeyEventsPerLead, int rememberedEventIds) {
}
