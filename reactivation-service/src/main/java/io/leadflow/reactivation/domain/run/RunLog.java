package io.leadflow.reactivation.domain.run;

import java.util.List;

/** Every step of every scenario run, per lead: the answer to "why was / wasn't this lead reactivated?". */
public interface RunLog {

    /** Appends the steps to their leads' logs (one bulk write); a lead keeps its newest steps. */
    void append(List<RunStep> steps);

    /** The lead's steps, oldest first, each once. */
    List<RunStep> ofLead(String leadId);
}
