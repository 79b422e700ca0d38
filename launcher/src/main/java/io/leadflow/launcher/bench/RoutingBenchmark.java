package io.leadflow.launcher.bench;

import java.time.Duration;
import java.util.Map;

/**
 * How many routing decisions per second one assignment-service sustains on this machine, end to end over the
 * real broker: activations of fresh leads go in on {@code response.activated} as fast as a producer sends them,
 * decisions come out on {@code lead.assigned}. A benchmark, not a test: run it with {@code ./bench.sh}; it
 * still fails (exit code 1) when the decisions are wrong or do not all arrive, so a fast wrong number is not
 * mistaken for a result.
 */
public final class RoutingBenchmark {

    private RoutingBenchmark() {
    }

    public static void main(String[] args) {
        BenchmarkMain.main(args, RoutingOptions::parse, RoutingOptions::help, RoutingOptions.USAGE, RoutingBenchmark::run);
    }

    private static boolean run(RoutingOptions options) {
        BenchPool pool = BenchPool.of(options.method(), options.members());
        say("starting Kafka, MongoDB and assignment-service in a temporary directory");
        try (BenchPlatform platform = BenchPlatform.start();
                LeadTraffic traffic = new LeadTraffic(platform.kafkaBootstrapServers())) {
            say("routing configuration " + RoutingApi.configure(platform.assignmentService().url(), pool,
                    platform.accessKeys().bearer(RoutingApi.CALLER)) + " saved");
            Assignments assignments = new Assignments();
            if (options.warmup() > 0) {
                say("warming up: " + options.warmup() + " leads, not measured");
                int assigned = traffic.route(new Activations(options.warmup()), assignments, options.timeout());
                if (assigned < options.warmup()) {
                    return timedOut(platform, "the warm-up", assigned, options.warmup(), options.timeout());
                }
            }
            say("measuring: " + options.leads() + " leads through " + options.method() + " over "
                    + options.members() + " members");
            Activations measured = new Activations(options.leads());
            Map<String, ProcessHandle> processes = Map.of(RoutingReport.SERVICE, platform.assignmentService().handle(),
                    RoutingReport.THIS_JVM, ProcessHandle.current());
            CpuTime cpuBefore = CpuTime.of(processes);
            int assigned = traffic.route(measured, assignments, options.timeout());
            if (assigned < options.leads()) {
                return timedOut(platform, "the measured run", assigned, options.leads(), options.timeout());
            }
            return new RoutingReport(options, pool, measured, assignments, cpuBefore,
                    CpuTime.of(processes)).print(System.out);
        }
    }

    private static boolean timedOut(BenchPlatform platform, String phase, int assigned, int leads, Duration timeout) {
        System.err.println("Timed out: " + phase + " saw " + assigned + " of " + leads + " leads assigned within "
                + timeout + ". The end of assignment-service's log:\n" + platform.assignmentService().logTail());
        return false;
    }

    private static void say(String message) {
        System.out.println("bench: " + message);
    }
}
