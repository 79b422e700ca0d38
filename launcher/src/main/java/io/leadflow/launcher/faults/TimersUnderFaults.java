package io.leadflow.launcher.faults;

import io.leadflow.launcher.EngineWaitTimeout;
import io.leadflow.launcher.Service;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Scenario 11: external-engine waits (timeout 20 s) and offer deadlines (8 s, then a second offer of 8 s, then the
 * final queue) fall due while assignment-service is dead; after its restart each must fire exactly once: one
 * fallback {@code lead.assigned} per wait, one {@code lead.expired} per offer, one final owner per lead.
 */
record TimersUnderFaults(int number) implements Scenario {

    private static final Duration ENGINE_WAIT = Duration.ofSeconds(20);
    private static final Duration DOWN = Duration.ofSeconds(30);

    @Override
    public String title() {
        return "timers (engine waits, offer deadlines) due while assignment-service is dead fire once after restart";
    }

    @Override
    public EngineWaitTimeout engineWait() {
        return new EngineWaitTimeout(ENGINE_WAIT);
    }

    @Override
    public int leads(int burst) {
        return Math.max(20, burst / 5);
    }

    @Override
    public void play(FaultRun run, int leads) {
        List<Integer> offers = new ArrayList<>();
        List<Integer> waits = new ArrayList<>();
        for (int i = 0; i < leads; i++) {
            if (i % 2 == 0) {
                offers.add(run.send(LeadKind.OFFER));
            } else {
                waits.add(run.send(LeadKind.ENGINE_WAIT));
            }
        }
        run.upstream().flush();
        awaitOffered(run, offers);
        FaultRun.pause(Duration.ofSeconds(2));
        run.platform().platform().instance(Service.ASSIGNMENT.module()).kill();
        run.fault(String.format("kill -9 assignment-service with %d offers open and %d leads parked; down %d s "
                + "(past every deadline)", offers.size(), waits.size(), DOWN.toSeconds()));
        FaultRun.pause(DOWN);
        run.platform().platform().restart(Service.ASSIGNMENT.module());
        run.fault("restarted assignment-service");
        run.recovered();
        run.settle();
        int expiredOnce = 0;
        int offersMade = 0;
        for (int lead : offers) {
            Observations.LeadEvents events = run.observations().of(lead);
            offersMade += events.offers.size();
            for (String offer : events.offers) {
                expiredOnce += events.expiriesByOffer.getOrDefault(offer, Set.of()).size() == 1 ? 1 : 0;
            }
        }
        int fellBack = 0;
        for (int lead : waits) {
            List<Observations.Assignment> assignments = run.observations().of(lead).assignments;
            fellBack += assignments.size() == 1 && assignments.get(0).ownerId().equals("00G-sdr") ? 1 : 0;
        }
        run.check(new Check("11 timers fired once after the restart",
                expiredOnce == offersMade && offersMade == offers.size() * 2 && fellBack == waits.size(),
                String.format("%d of %d offers (2 per lead) expired exactly once; %d of %d parked leads went to the "
                        + "fallback owner once", expiredOnce, offersMade, fellBack, waits.size())));
    }

    private static void awaitOffered(FaultRun run, List<Integer> offers) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (offers.stream().anyMatch(lead -> run.observations().of(lead).offers.isEmpty())) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("The offer leads were not all offered within 3 minutes");
            }
            FaultRun.pause(Duration.ofMillis(200));
        }
    }
}
