package io.leadflow.launcher.demo;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;

/** Prints the demo's story, each line stamped with the time since the demo began. */
final class DemoConsole {

    private final PrintStream out;
    private final Instant start = Instant.now();

    DemoConsole(PrintStream out) {
        this.out = out;
    }

    synchronized void event(String topic, String leadId, String description) {
        out.printf("%s  %-30s %-14s %s%n", elapsed(), topic, leadId, description);
    }

    synchronized void say(String message) {
        out.printf("%s  %s%n", elapsed(), message);
    }

    private String elapsed() {
        Duration elapsed = Duration.between(start, Instant.now());
        return String.format("+%02d:%02d.%03d", elapsed.toMinutes(), elapsed.toSecondsPart(), elapsed.toMillisPart());
    }
}
