package io.leadflow.launcher.faults;

import java.util.List;

/**
 * Scenario 8: one record in a hundred is poison (undecodable bytes, an event with invalid content, an unknown enum
 * symbol from a newer writer), interleaved with the burst on the same topic and partitions.
 */
record PoisonRecords(int number) implements Scenario {

    private static final int EVERY = 100;

    @Override
    public String title() {
        return "1% poison records interleaved (undecodable, invalid content, unknown enum symbol of a newer writer)";
    }

    @Override
    public void play(FaultRun run, int leads) {
        List<Poison> mix = Poison.mix(Math.max(Poison.values().length, leads / EVERY));
        int poisoned = 0;
        for (int i = 0; i < leads; i++) {
            run.send(LeadKind.ofBurst(i));
            if (i % EVERY == EVERY / 2 && poisoned < mix.size()) {
                run.poison(mix.get(poisoned++));
            }
        }
        while (poisoned < mix.size()) {
            run.poison(mix.get(poisoned++));
            run.send(LeadKind.ROUND_ROBIN);
        }
        run.upstream().flush();
        run.describe(poisoned + " poison records among " + leads + " leads");
    }
}
