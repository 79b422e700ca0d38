package io.leadflow.dashboard.config;

import io.leadflow.schemas.Topic;
import io.leadflow.schemas.Topics;

/** What the dashboard reads, from the catalog: every lead-keyed topic, and every dead-letter topic. */
public final class DashboardTopics {

    public String[] publicTopics() {
        return Topics.ALL.stream().filter(Topic::isKeyedByLead).map(Topic::name).toArray(String[]::new);
    }

    public String[] deadLetterTopics() {
        return Topics.ALL.stream().map(Topic::deadLetterTopic).toArray(String[]::new);
    }
}
