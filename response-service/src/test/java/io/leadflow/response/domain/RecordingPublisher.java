package io.leadflow.response.domain;

import java.util.ArrayList;
import java.util.List;

/** Records what it publishes, and fails the next call when told to, as Kafka does when it is away. */
final class RecordingPublisher implements ActivationPublisher, ClosurePublisher {

    final List<CampaignMember> published = new ArrayList<>();
    final List<CampaignMember> closed = new ArrayList<>();
    final List<AppliedReactivation> reactivated = new ArrayList<>();
    final List<String> operations;
    boolean failNext;

    RecordingPublisher(List<String> operations) {
        this.operations = operations;
    }

    @Override
    public void publishNewResponses(List<CampaignMember> members) {
        operations.add("publish " + members.size());
        failIfTold();
        published.addAll(members);
    }

    @Override
    public void publishReactivations(List<AppliedReactivation> reactivations) {
        operations.add("publish reactivations " + reactivations.size());
        failIfTold();
        reactivated.addAll(reactivations);
    }

    @Override
    public void publishClosures(List<CampaignMember> members) {
        operations.add("publish closures " + members.size());
        failIfTold();
        closed.addAll(members);
    }

    private void failIfTold() {
        if (failNext) {
            failNext = false;
            throw new IllegalStateException("Kafka did not confirm");
        }
    }

    List<String> publishedIds() {
        return published.stream().map(CampaignMember::responseId).toList();
    }
}
