package io.leadflow.launcher.faults;

import io.leadflow.launcher.Service;
import io.leadflow.schemas.Topics;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.common.utils.Utils;

/**
 * One scenario's run: the platform, the upstream producer, what the topics showed, what was sent, which faults
 * were injected and when the platform was whole again. Scenarios drive it; the invariants read it.
 */
final class FaultRun implements AutoCloseable {

    private static final String ROUTING_CONFIGURATION = "/faults/routing-configuration.json";
    private static final Duration POLL = Duration.ofMillis(200);

    private final FaultPlatform platform;
    private final Upstream upstream;
    private final Observations observations = new Observations();
    private final TopicWatch watch;
    private final Duration patience;
    /** One client for every call: the invariants read tens of thousands of campaign members. */
    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<Integer, LeadKind> sent = new LinkedHashMap<>();
    private final List<String> poisonKeys = new ArrayList<>();
    private final List<String> faults = new ArrayList<>();
    private final List<Check> extraChecks = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private int nextLead;
    private Instant firstFaultAt;
    private Instant recoveredAt;
    private Recovery recovery;

    FaultRun(FaultPlatform platform, Duration patience) {
        this.platform = platform;
        this.patience = patience;
        this.upstream = new Upstream(platform.bootstrapServers());
        this.watch = TopicWatch.start(platform.bootstrapServers(), observations);
    }

    /** Saves the suite's routing configuration over assignment-service's REST API, as an operator would. */
    void configureRouting() {
        try (InputStream in = FaultRun.class.getResourceAsStream(ROUTING_CONFIGURATION)) {
            if (in == null) {
                throw new IllegalStateException("The launcher's jar has no " + ROUTING_CONFIGURATION);
            }
            HttpResponse<String> response = call(HttpRequest.newBuilder(
                            URI.create(platform.url(Service.ASSIGNMENT) + "/routing/configuration"))
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(new String(in.readAllBytes(), StandardCharsets.UTF_8))));
            if (response.statusCode() != 200) {
                throw new IllegalStateException("PUT /routing/configuration answered " + response.statusCode() + ": "
                        + response.body());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + ROUTING_CONFIGURATION, e);
        }
    }

    /** A call to a service with the suite's token; fails the scenario when the service cannot be reached. */
    HttpResponse<String> call(HttpRequest.Builder request) {
        try {
            return http.send(request.header("Authorization", platform.authorization())
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot call " + request.build().uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    /** Sends {@code count} more leads of the usual mix as fast as the producer goes; returns their numbers. */
    List<Integer> burst(int count) {
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            numbers.add(send(LeadKind.ofBurst(nextLead)));
        }
        upstream.flush();
        return numbers;
    }

    /**
     * Sends {@code count} leads of the usual mix evenly over {@code duration}, on a thread of its own, so faults
     * can be injected while traffic keeps coming; join the thread to know they are all sent.
     */
    Thread sendOver(int count, Duration duration) {
        Thread sender = new Thread(() -> {
            long start = System.nanoTime();
            long interval = duration.toNanos() / count;
            for (int i = 0; i < count; i++) {
                long wait = start + i * interval - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                send(LeadKind.ofBurst(leadNumberForNext()));
            }
            upstream.flush();
        }, "fault-traffic");
        sender.start();
        return sender;
    }

    private synchronized int leadNumberForNext() {
        return nextLead;
    }

    /** Sends one more lead of the kind (not flushed); returns its number. */
    synchronized int send(LeadKind kind) {
        int number = nextLead++;
        record(number, kind);
        upstream.send(number, kind);
        return number;
    }

    /** Notes that lead {@code number} was sent, by a scenario sending it its own way. */
    synchronized void record(int number, LeadKind kind) {
        sent.put(number, kind);
    }

    /** Sends one poison record to {@code response.created}. */
    synchronized void poison(Poison poison) {
        String key = Poison.key(poisonKeys.size());
        poisonKeys.add(key);
        upstream.sendBytes(Topics.RESPONSE_CREATED.name(), key, poison.value(poisonKeys.size() - 1));
    }

    Upstream upstream() {
        return upstream;
    }

    FaultPlatform platform() {
        return platform;
    }

    Observations observations() {
        return observations;
    }

    /** Waits until at least {@code leads} of the run's leads have a {@code lead.assigned}: "mid-burst". */
    void awaitAssigned(int leads) {
        Instant deadline = Instant.now().plus(patience);
        while (observations.assignedLeads() < leads) {
            failIfPast(deadline, "waiting for " + leads + " leads to be assigned (" + observations.assignedLeads()
                    + " are)");
            pause(POLL);
        }
    }

    /** Notes a fault as injected, as the table shows it; recovery is timed from the first. */
    void fault(String description) {
        if (firstFaultAt == null) {
            firstFaultAt = Instant.now();
        }
        describe(description);
    }

    /** Notes what the scenario did to the traffic (poison, duplicates...): shown with the faults, timing nothing. */
    void describe(String description) {
        faults.add(description);
        say("fault: " + description);
    }

    /** The scenario's faults are over (the last restart is healthy, the broker or store is back). */
    void recovered() {
        recoveredAt = Instant.now();
    }

    /**
     * Waits until every lead sent so far is settled (see {@link Observations.LeadEvents#settled}), then sends one more
     * lead on each partition of {@code response.created} and waits for those too: anything the platform still had to
     * do about earlier records on a partition comes before its last lead's outcome. Gives up after the patience; the
     * invariants then say what is missing.
     */
    void settle() {
        boolean settled = awaitSettled();
        if (recoveredAt != null && recovery == null && settled) {
            recovery = new Recovery(Duration.between(firstFaultAt, recoveredAt),
                    Duration.between(firstFaultAt, Instant.now()));
        }
        for (int number : oneLeadPerPartition()) {
            record(number, LeadKind.ROUND_ROBIN);
            upstream.send(number, LeadKind.ROUND_ROBIN);
        }
        upstream.flush();
        awaitSettled();
        watch.rethrowFailure();
    }

    private boolean awaitSettled() {
        Instant deadline = Instant.now().plus(patience);
        Instant nextReport = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            Map<Integer, LeadKind> leads = sentLeads();
            int settled = observations.settled(leads);
            if (settled == leads.size()) {
                return true;
            }
            if (Instant.now().isAfter(deadline)) {
                say("gave up waiting: " + settled + " of " + leads.size() + " leads settled after " + patience);
                return false;
            }
            if (Instant.now().isAfter(nextReport)) {
                say(String.format("%,d of %,d leads settled", settled, leads.size()));
                nextReport = Instant.now().plus(Duration.ofSeconds(30));
            }
            pause(POLL);
        }
    }

    /** Lead numbers after the run's own, one hashing to each partition of {@code response.created}. */
    private synchronized List<Integer> oneLeadPerPartition() {
        int partitions = Topics.RESPONSE_CREATED.partitions();
        Set<Integer> covered = new HashSet<>();
        List<Integer> numbers = new ArrayList<>();
        while (covered.size() < partitions) {
            int number = nextLead++;
            int partition = Utils.toPositive(Utils.murmur2(
                    FaultLeads.leadId(number).getBytes(StandardCharsets.UTF_8))) % partitions;
            if (covered.add(partition)) {
                numbers.add(number);
            }
        }
        return numbers;
    }

    synchronized Map<Integer, LeadKind> sentLeads() {
        return new LinkedHashMap<>(sent);
    }

    List<String> poisonKeys() {
        return List.copyOf(poisonKeys);
    }

    List<String> faults() {
        return List.copyOf(faults);
    }

    /** A scenario's own promise, checked beside the six invariants. */
    void check(Check check) {
        extraChecks.add(check);
    }

    List<Check> extraChecks() {
        return List.copyOf(extraChecks);
    }

    /** A figure the scenario reports (peak heap, time to drain...). */
    void note(String note) {
        notes.add(note);
        say(note);
    }

    List<String> notes() {
        return List.copyOf(notes);
    }

    /** How long the faults lasted and when every lead had settled; null when the run had no fault or never settled. */
    Recovery recovery() {
        return recovery;
    }

    /**
     * @param faulty from the first fault until the platform was whole again (the restarted service healthy, the
     *     broker or store back)
     * @param settled from the first fault until every lead sent so far had its outcome
     */
    record Recovery(Duration faulty, Duration settled) {
    }

    private void failIfPast(Instant deadline, String what) {
        watch.rethrowFailure();
        if (Instant.now().isAfter(deadline)) {
            throw new IllegalStateException("Gave up after " + patience + " " + what);
        }
    }

    static void pause(Duration duration) {
        try {
            TimeUnit.MILLISECONDS.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    static void say(String message) {
        System.out.println("faults: " + message);
    }

    @Override
    public void close() {
        watch.close();
        upstream.close();
    }
}
