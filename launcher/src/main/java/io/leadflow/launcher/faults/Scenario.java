package io.leadflow.launcher.faults;

import io.leadflow.launcher.EngineWaitTimeout;
import java.time.Duration;

/** One fault scenario: the platform it needs, and the traffic and faults it plays on it. */
interface Scenario {

    /** The engine wait of every scenario but the timer one: long enough never to fire during a run. */
    EngineWaitTimeout LONG_ENGINE_WAIT = new EngineWaitTimeout(Duration.ofMinutes(10));

    int number();

    String title();

    default int assignmentInstances() {
        return 1;
    }

    default EngineWaitTimeout engineWait() {
        return LONG_ENGINE_WAIT;
    }

    /** How many leads the scenario's traffic is made of, given the suite's burst size. */
    default int leads(int burst) {
        return burst;
    }

    /** Sends the traffic and injects the faults; the suite then settles the run and checks the invariants. */
    void play(FaultRun run, int leads);
}
