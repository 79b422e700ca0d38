package io.leadflow.launcher.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the phases of a pipeline benchmark one after the other: each sends the next leads and waits until every one
 * of them is activated, assigned and notified, so a phase starts on an idle platform and its figures are its own.
 * After each phase it checks that all leads so far are spread fairly over the users.
 */
final class Phases {

    /** A phase whose leads did not all get through in time. */
    static final class TimedOut extends RuntimeException {
        TimedOut(String message) {
            super(message);
        }
    }

    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(15);
    private static final long POLL_MILLIS = 20;

    private final ResponseTraffic traffic;
    private final LeadLedger ledger;
    private final PipelineReaders readers;
    private final BenchPool pool;
    private final Duration timeout;
    private final List<String> unfairAfter = new ArrayList<>();
    private int sent;

    Phases(ResponseTraffic traffic, LeadLedger ledger, PipelineReaders readers, BenchPool pool, Duration timeout) {
        this.traffic = traffic;
        this.ledger = ledger;
        this.readers = readers;
        this.pool = pool;
        this.timeout = timeout;
    }

    /** Pushes leads through as fast as the platform takes them, measuring nothing. */
    void unmeasured(String name, int leads) {
        if (leads > 0) {
            burst(name, leads);
        }
    }

    /** Sends {@code leads} responses at once; figures from the first sent to the last assigned. */
    PhaseResult burst(String name, int leads) {
        int from = sent;
        sent += leads;
        say(name + ": " + String.format("%,d", leads) + " leads at once");
        traffic.burst(from, sent);
        return finish(name, from);
    }

    /** Sends {@code leads} responses, {@code perSecond} of them a second. */
    PhaseResult paced(String name, int leads, int perSecond) {
        int from = sent;
        sent += leads;
        say(name + ": " + String.format("%,d", leads) + " leads, " + perSecond + " a second");
        traffic.paced(from, sent, perSecond);
        return finish(name, from);
    }

    /** Leads sent so far, every one of them through the pipeline. */
    int handled() {
        return sent;
    }

    /** The phases after which the leads routed so far were not within one lead of each user's share. */
    List<String> unfairAfter() {
        return unfairAfter;
    }

    private PhaseResult finish(String name, int from) {
        awaitThrough(name, from);
        if (!pool.isFair(ledger.leadsPerOwner(0, sent))) {
            unfairAfter.add(name);
        }
        return PhaseResult.of(ledger.times(from, sent));
    }

    private void awaitThrough(String name, int from) {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        long nextProgress = start + PROGRESS_EVERY.toNanos();
        while (ledger.activatedLeads() < sent || ledger.assignedLeads() < sent || ledger.notifiedLeads() < sent) {
            readers.rethrowFailure();
            long now = System.nanoTime();
            if (now > deadline) {
                throw new TimedOut(name + " did not get through within " + timeout + ": " + progress(from));
            }
            if (now > nextProgress) {
                say(name + ": " + progress(from));
                nextProgress = now + PROGRESS_EVERY.toNanos();
            }
            sleep();
        }
    }

    private String progress(int from) {
        int leads = sent - from;
        return String.format("of %,d leads %,d activated, %,d assigned, %,d notified", leads,
                ledger.activatedLeads() - from, ledger.assignedLeads() - from, ledger.notifiedLeads() - from);
    }

    private static void sleep() {
        try {
            TimeUnit.MILLISECONDS.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for leads", e);
        }
    }

    static void say(String message) {
        System.out.println("bench: " + message);
    }
}
