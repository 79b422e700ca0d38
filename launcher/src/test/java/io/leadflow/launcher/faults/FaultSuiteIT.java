package io.leadflow.launcher.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fault suite's short version, so CI guards it: a kill -9 of assignment-service mid-burst, a full replay of every
 * consumer group, and 1% poison records, each on the real platform (broker, store, four service JVMs) with
 * {@value FaultSuite#QUICK_LEADS} leads; every invariant must hold. {@code ./faults.sh} runs all eleven.
 */
class FaultSuiteIT {

    @Test
    void shouldKeepEveryInvariantThroughACrashAFullReplayAndPoisonRecords() {
        List<ScenarioResult> results = FaultSuite.run(FaultSuite.QUICK, FaultSuite.QUICK_LEADS);

        ByteArrayOutputStream table = new ByteArrayOutputStream();
        FaultTable.print(results, new PrintStream(table, true, StandardCharsets.UTF_8));
        System.out.println(table.toString(StandardCharsets.UTF_8));
        assertThat(results).extracting(result -> result.scenario().number()).containsExactly(1, 7, 8);
        assertThat(results).allSatisfy(result -> {
            assertThat(result.failure()).as("scenario %d ran to the end", result.scenario().number()).isNull();
            assertThat(result.invariants()).hasSize(6).allSatisfy(check ->
                    assertThat(check.passed()).as("scenario %d: %s: %s", result.scenario().number(), check.name(),
                            check.detail()).isTrue());
            assertThat(result.ownChecks()).allSatisfy(check ->
                    assertThat(check.passed()).as("scenario %d: %s: %s", result.scenario().number(), check.name(),
                            check.detail()).isTrue());
        });
        assertThat(results.get(0).faults()).first().asString().startsWith("kill -9 assignment-service");
        assertThat(results.get(1).ownChecks()).extracting(Check::name)
                .containsExactly("7 replay publishes nothing, notifies nobody again");
        assertThat(results.get(2).invariants().get(4).detail()).startsWith("5 of 5 poison records");
    }
}
