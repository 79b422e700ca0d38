package io.leadflow.response.domain;

import java.util.ArrayList;
import java.util.List;

/** Records what it publishes, and fails the next call when told to, as Kafka does when it is away. */
final class RecordingPublisher implements ActivationPublisher {

    final List<CampaignMember> published = new ArrayList<>();
    final List<String> operations;
    boolean failNext;

    RecordingPublisher(List<String> operations) {
        this.operations = operations;
    }

    @Override
    public void publishNewResponses(List<CampaignMember> members) {
        operations.add("publish " + members.size());
        if (failNext) {
            failNext = false;
            throw new IllegalStateException("Kafka did not confirm");
        }
        published.addAll(members);
    }

    List<String> publishedIds() {
        return published.stream().map(CampaignMember::responseId).toList();
    }
}
