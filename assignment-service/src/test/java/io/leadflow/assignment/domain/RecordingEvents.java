package io.leadflow.assignment.domain;

import io.leadflow.assignment.domain.offer.Offer;
import java.util.ArrayList;
import java.util.List;

/** Records what was published, one line per event; can fail the next publication of one kind. */
final class RecordingEvents implements AssignmentEvents {

    final List<String> published = new ArrayList<>();
    private String failNextOf;

    void failNext(String kind) {
        failNextOf = kind;
    }

    /** Records each event as it is added: the tests publish nothing that a later failure could take back. */
    @Override
    public Publication publication() {
        return new Publication() {

            @Override
            public void requestTemporaryOwner(Assignment waiting) {
                record("TEMPORARY_OWNER", label(waiting));
            }

            @Override
            public void requestFinalOwner(Assignment assigned) {
                record("FINAL_OWNER", label(assigned) + " " + assigned.finalOwner().id());
            }

            @Override
            public void announceAssigned(Assignment assigned) {
                record("ASSIGNED", label(assigned) + " " + assigned.method() + " " + assigned.finalOwner().id()
                        + (assigned.triggerNotification() ? "" : ", nobody told"));
            }

            @Override
            public void announceOffer(Assignment offered, Offer offer) {
                record("OFFERED", label(offered) + " " + offer.candidate().id() + " attempt " + offer.attempt());
            }

            @Override
            public void announceEnded(Assignment assignment, Offer offer) {
                record("ENDED", label(assignment) + " " + offer.candidate().id() + " " + offer.state());
            }

            @Override
            public void requestUnassignment(Assignment inHopper) {
                record("UNASSIGN", label(inHopper));
            }

            @Override
            public void requestLock(Assignment groupRound, boolean locked) {
                record(locked ? "LOCK" : "UNLOCK", label(groupRound));
            }

            @Override
            public void recordTimeline(Assignment groupRound) {
                record("TIMELINE", label(groupRound) + " " + groupRound.finalOwner().id());
            }

            @Override
            public void awaitConfirmed() {
            }
        };
    }

    /** The response, and for a reactivation the activation that started the round. */
    private static String label(Assignment assignment) {
        return assignment.round().isReactivation()
                ? assignment.responseId() + " reactivated by " + assignment.round().activationEventId()
                : assignment.responseId();
    }

    private void record(String kind, String what) {
        if (kind.equals(failNextOf)) {
            failNextOf = null;
            throw new IllegalStateException("broker away");
        }
        published.add(kind + " " + what);
    }
}
