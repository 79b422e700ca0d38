package io.leadflow.dashboard.web;

import io.leadflow.dashboard.domain.DeadLetterCount;
import io.leadflow.dashboard.domain.Overview;
import io.leadflow.dashboard.domain.RepSummary;
import io.leadflow.dashboard.domain.RuleSummary;
import java.util.List;

/** The day so far: what the page shows besides the hopper and the waits (read from assignment-service). */
record OverviewView(String day, long assignedToday, List<RepView> reps, List<RuleView> rules,
        List<DeadLetterView> deadLetters, List<AssignmentRow> recent) {

    record RepView(String id, String name, long assigned, long open, long acknowledged, long ignored,
            Long averageTimeToAssignMillis) {

        static RepView of(RepSummary rep) {
            return new RepView(rep.rep().id(), rep.rep().name(), rep.assigned(), rep.open(), rep.acknowledged(),
                    rep.ignored(), rep.averageTimeToAssignMillis());
        }
    }

    record RuleView(String rule, String method, List<MemberView> members) {

        static RuleView of(RuleSummary rule) {
            return new RuleView(rule.rule(), rule.method(), rule.members().stream()
                    .map(member -> new MemberView(member.member().id(), member.member().name(),
                            member.assignedToday()))
                    .toList());
        }
    }

    record MemberView(String id, String name, long assignedToday) {
    }

    record DeadLetterView(String topic, long count, String lastReason, String lastAt) {

        static DeadLetterView of(DeadLetterCount count) {
            return new DeadLetterView(count.sourceTopic(), count.count(), count.lastReason(),
                    count.lastAt().toString());
        }
    }

    static OverviewView of(Overview overview) {
        return new OverviewView(overview.day().toString(), overview.assignedToday(),
                overview.reps().stream().map(RepView::of).toList(),
                overview.rules().stream().map(RuleView::of).toList(),
                overview.deadLetters().stream().map(DeadLetterView::of).toList(),
                overview.recent().stream().map(AssignmentRow::of).toList());
    }
}
