package io.leadflow.launcher.faults;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

/** The suite's report: a table of scenarios by invariant, then each scenario's faults, counts and figures. */
final class FaultTable {

    private FaultTable() {
    }

    static void print(List<ScenarioResult> results, PrintStream out) {
        out.println();
        out.println("| # | scenario | leads | 1 assigned once | 2 fair | 3 notified once | 4 first owner | 5 poison "
                + "| 6 nothing stuck | scenario's own | faulty for | settled after | took |");
        out.println("|---|---|---:|---|---|---|---|---|---|---|---:|---:|---:|");
        for (ScenarioResult result : results) {
            StringBuilder row = new StringBuilder(String.format("| %d | %s | %,d |", result.scenario().number(),
                    result.scenario().title(), result.leads()));
            if (result.failure() != null) {
                row.append(" FAILED TO RUN | | | | | | |");
            } else {
                result.invariants().forEach(check -> row.append(' ').append(verdict(check)).append(" |"));
                row.append(' ').append(result.ownChecks().isEmpty() ? "-"
                        : result.ownChecks().stream().map(FaultTable::verdict).reduce((a, b) -> a + ", " + b)
                                .orElse("")).append(" |");
            }
            row.append(' ').append(result.recovery() == null ? "- | -" : seconds(result.recovery().faulty()) + " | "
                    + seconds(result.recovery().settled())).append(" |");
            row.append(String.format(" %d s |", result.took().toSeconds()));
            out.println(row);
        }
        out.println();
        out.println("Faulty for: from the first fault until the platform was whole again. Settled after: from the first"
                + " fault until every lead sent had its outcome.");
        out.println();
        for (ScenarioResult result : results) {
            out.println("Scenario " + result.scenario().number() + ": " + result.scenario().title());
            result.faults().forEach(fault -> out.println("  fault: " + fault));
            if (result.failure() != null) {
                out.println("  FAILED TO RUN: " + result.failure());
            }
            result.invariants().forEach(check -> out.println("  " + line(check)));
            result.ownChecks().forEach(check -> out.println("  " + line(check)));
            result.notes().forEach(note -> out.println("  " + note));
        }
        long failed = results.stream().filter(result -> !result.passed()).count();
        out.println();
        out.println(failed == 0 ? "All " + results.size() + " scenarios kept every invariant."
                : failed + " of " + results.size() + " scenarios broke an invariant or could not run.");
    }

    private static String seconds(Duration duration) {
        return String.format("%.1f s", duration.toMillis() / 1000.0);
    }

    private static String verdict(Check check) {
        return check.passed() ? "PASS" : "**FAIL**";
    }

    private static String line(Check check) {
        return (check.passed() ? "PASS " : "FAIL ") + check.name() + ": " + check.detail();
    }
}
