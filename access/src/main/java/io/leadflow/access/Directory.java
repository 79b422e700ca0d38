package io.leadflow.access;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The company directory as this service projected it from the upstream directory events. */
public interface Directory {

    Optional<DirectoryUser> user(String userId);

    /** Every user group, by id (a company has hundreds at most). */
    Map<String, UserGroup> groups();

    /** Records the users unless the directory already has a change of them at least as recent. */
    void usersChanged(List<DirectoryUser> users);

    /** Records the groups unless the directory already has a change of them at least as recent. */
    void groupsChanged(List<UserGroup> groups);
}
