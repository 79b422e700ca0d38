package io.leadflow.launcher;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C (or SIGTERM) as a signal the main thread waits for. The JVM halts as soon as its shutdown hooks
 * return, so the hook waits until the main thread says everything is stopped: without that, the services'
 * child JVMs would outlive the launcher.
 */
final class StopSignal {

    private static final Duration CLEAN_UP_PATIENCE = Duration.ofSeconds(60);

    private final CountDownLatch requested = new CountDownLatch(1);
    private final CountDownLatch stopped = new CountDownLatch(1);

    private StopSignal() {
    }

    static StopSignal onShutdown() {
        StopSignal signal = new StopSignal();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            signal.requested.countDown();
            try {
                signal.stopped.await(CLEAN_UP_PATIENCE.toSeconds(), TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "leadflow-stop"));
        return signal;
    }

    void await() throws InterruptedException {
        requested.await();
    }

    /** Everything is closed: the JVM may halt. */
    void stopped() {
        stopped.countDown();
    }
}
