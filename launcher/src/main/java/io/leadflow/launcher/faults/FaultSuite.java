package io.leadflow.launcher.faults;

import io.leadflow.launcher.Service;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The fault suite: each scenario runs the real platform (broker, store, service JVMs) in a fresh directory, sends a
 * burst of leads, injects its faults, waits until the platform has settled, and checks the invariants from the
 * topics and the REST read models. Run it with {@code ./faults.sh [scenario...] [--leads N]}; it exits 1 when an
 * invariant breaks.
 */
public final class FaultSuite {

    static final List<Scenario> SCENARIOS = List.of(
            new ServiceCrash(1, Service.ASSIGNMENT, Duration.ZERO),
            new ServiceCrash(2, Service.RESPONSE, Duration.ZERO),
            new ServiceCrash(3, Service.NOTIFICATION, Duration.ofSeconds(2)),
            new BrokerOutage(4),
            new StoreOutage(5),
            new InstancesJoinAndLeave(6),
            new FullReplay(7),
            new PoisonRecords(8),
            new DisorderedFacts(9),
            new BigBurst(10),
            new TimersUnderFaults(11));

    /** The short version {@code mvn verify} runs. */
    public static final List<Integer> QUICK = List.of(1, 7, 8);
    public static final int QUICK_LEADS = 500;
    static final int DEFAULT_LEADS = 5_000;

    private static final String USAGE = "usage: ./faults.sh [SCENARIO...] [--leads N] [--quick]\n"
            + "  SCENARIO   numbers of the scenarios to run (default: all)\n"
            + "  --leads N  leads per burst (default " + DEFAULT_LEADS + "; scenario 10 sends ten times as many)\n"
            + "  --quick    scenarios " + QUICK + " with " + QUICK_LEADS + " leads, as mvn verify runs them";

    private FaultSuite() {
    }

    public static void main(String[] args) {
        List<Integer> chosen = new ArrayList<>();
        int leads = DEFAULT_LEADS;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--leads" -> leads = Integer.parseInt(args[++i].replace("_", "").replace(",", ""));
                    case "--quick" -> {
                        chosen.addAll(QUICK);
                        leads = QUICK_LEADS;
                    }
                    case "--help", "-h" -> {
                        System.out.println(USAGE);
                        return;
                    }
                    default -> chosen.add(Integer.parseInt(args[i]));
                }
            }
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            System.err.println("Cannot read the arguments " + List.of(args) + "\n" + USAGE);
            System.exit(2);
        }
        List<ScenarioResult> results;
        try {
            results = run(chosen.isEmpty() ? SCENARIOS.stream().map(Scenario::number).toList() : chosen, leads);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage() + "\n" + USAGE);
            System.exit(2);
            return;
        }
        FaultTable.print(results, System.out);
        System.exit(results.stream().allMatch(ScenarioResult::passed) ? 0 : 1);
    }

    /** Runs the scenarios by number, one after the other, each on a platform of its own. */
    public static List<ScenarioResult> run(List<Integer> numbers, int leads) {
        Map<Integer, Scenario> byNumber = SCENARIOS.stream()
                .collect(Collectors.toMap(Scenario::number, Function.identity(), (a, b) -> a, TreeMap::new));
        List<Scenario> scenarios = new ArrayList<>();
        for (int number : numbers) {
            if (!byNumber.containsKey(number)) {
                throw new IllegalArgumentException("No scenario " + number + "; there are " + byNumber.keySet());
            }
            scenarios.add(byNumber.get(number));
        }
        if (leads < 100) {
            throw new IllegalArgumentException("--leads must be at least 100");
        }
        List<ScenarioResult> results = new ArrayList<>();
        for (Scenario scenario : scenarios) {
            ScenarioResult result = play(scenario, leads);
            FaultRun.say("scenario " + scenario.number() + (result.passed() ? " kept every invariant"
                    : " FAILED: " + (result.failure() != null ? result.failure()
                            : Stream.concat(result.invariants().stream(), result.ownChecks().stream())
                                    .filter(check -> !check.passed()).map(Check::name).toList())));
            results.add(result);
        }
        return results;
    }

    private static ScenarioResult play(Scenario scenario, int burst) {
        int leads = scenario.leads(burst);
        FaultRun.say("scenario " + scenario.number() + ": " + scenario.title() + " (" + leads + " leads)");
        Instant start = Instant.now();
        Duration patience = Duration.ofMinutes(5).plus(Duration.ofMillis(leads * 20L));
        try (FaultPlatform platform = FaultPlatform.start(scenario.assignmentInstances(), scenario.engineWait());
                FaultRun run = new FaultRun(platform, patience)) {
            try {
                run.configureRouting();
                scenario.play(run, leads);
                run.settle();
                List<Check> invariants = Invariants.check(run,
                        scenario.engineWait().duration().plus(Duration.ofSeconds(5)));
                return new ScenarioResult(scenario, leads, run.faults(), invariants, run.extraChecks(), run.notes(),
                        run.recovery(), Duration.between(start, Instant.now()), null);
            } catch (RuntimeException e) {
                e.printStackTrace();
                platform.platform().services().forEach(service -> System.err.println("--- the end of "
                        + service.name() + "'s log:\n" + service.logTail()));
                return new ScenarioResult(scenario, leads, run.faults(), List.of(), run.extraChecks(), run.notes(),
                        null, Duration.between(start, Instant.now()), String.valueOf(e));
            }
        } catch (RuntimeException e) {
            e.printStackTrace();
            return new ScenarioResult(scenario, leads, List.of(), List.of(), List.of(), List.of(), null,
                    Duration.between(start, Instant.now()), "the platform did not start: " + e);
        }
    }
}
