package io.leadflow.access;

/** The kind of instance: it decides which permission lets a user edit lead distribution (seed 002). */
public enum Edition {
    TEAM(Permission.TEAM_FEATURES),
    ENTERPRISE(Permission.MANAGE_LEAD_DISTRIBUTION);

    private final Permission editsDistribution;

    Edition(Permission editsDistribution) {
        this.editsDistribution = editsDistribution;
    }

    /** The permission that lets a user edit lead distribution on this edition. */
    public Permission editsDistribution() {
        return editsDistribution;
    }
}
