package io.leadflow.dashboard.domain;

import java.util.List;

/** Where new assignments go as they are read, to reach the pages watching live. Must not block the caller. */
public interface AssignmentFeed {

    void publish(List<Assignment> assignments);
}
