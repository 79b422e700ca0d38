package io.leadflow.access;

/** Where a user's permissions apply. */
public enum PermissionScope {
    /** Everything of the company. */
    ENTIRE_COMPANY,
    /** Only what belongs to the user's group and its subgroups. */
    USERS_GROUP
}
