package io.leadflow.launcher.bench;

import java.util.List;
import java.util.Map;

/**
 * Everything that should not have happened to the run's leads, counted, and the checks it makes: a fast run with
 * any of it is not a result.
 *
 * @param leads responses sent
 * @param activated leads with a {@code response.activated}
 * @param assigned leads with a {@code lead.assigned}
 * @param notified leads with a {@code notification.sent}
 * @param duplicated second events with another event id for a lead that already had one on that topic
 * @param redelivered copies of an event already read (at-least-once delivery; consumers drop them)
 * @param otherMethod leads assigned by another method than the rule's round robin
 * @param notAMember leads assigned to someone outside the rule
 * @param toSomeoneElse notifications sent to someone other than the lead's new owner
 * @param foreign events about leads the benchmark did not send
 * @param failures records per topic on {@code notification.failed} and the dead-letter topics
 */
record Integrity(int leads, int activated, int assigned, int notified, int duplicated, int redelivered,
        int otherMethod, int notAMember, int toSomeoneElse, int foreign, Map<String, Integer> failures) {

    List<Check> checks(int members) {
        return List.of(
                new Check(activated == leads && assigned == leads && notified == leads && duplicated == 0,
                        String.format("every lead activated, assigned and notified exactly once: %,d leads, %,d / "
                                + "%,d / %,d; %d second events, %d redelivered copies", leads, activated, assigned,
                                notified, duplicated, redelivered)),
                new Check(otherMethod == 0 && notAMember == 0 && toSomeoneElse == 0,
                        String.format("every lead round robin to one of the %d users, who was notified: %d by "
                                + "another method, %d to someone else, %d notifications to another", members,
                                otherMethod, notAMember, toSomeoneElse)),
                new Check(foreign == 0, String.format("no event about a lead the benchmark did not send: %d",
                        foreign)),
                new Check(failures.isEmpty(), "nothing dead-lettered, no notification failed: "
                        + (failures.isEmpty() ? "none" : failures)));
    }
}
