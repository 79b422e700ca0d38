package io.leadflow.launcher.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

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
        BenchmarkOptions options;
        try {
            options = BenchmarkOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.println(BenchmarkOptions.USAGE);
            return;
        }
        boolean passed;
        try {
            passed = run(options);
        } catch (RuntimeException e) {
            System.err.println("Benchmark failed: " + e.getMessage());
            passed = false;
        }
        System.exit(passed ? 0 : 1);
    }

    private static boolean run(BenchmarkOptions options) {
        BenchPool pool = BenchPool.of(options.method(), options.members());
        say("starting Kafka, MongoDB and assignment-service in a temporary directory");
        try (BenchPlatform platform = BenchPlatform.start();
                LeadTraffic traffic = new LeadTraffic(platform.kafkaBootstrapServers())) {
            configure(platform.assignmentService().url(), pool);
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
            CpuTime cpuBefore = CpuTime.of(platform.assignmentService());
            int assigned = traffic.route(measured, assignments, options.timeout());
            if (assigned < options.leads()) {
                return timedOut(platform, "the measured run", assigned, options.leads(), options.timeout());
            }
            return new BenchmarkReport(options, pool, measured, assignments, cpuBefore,
                    CpuTime.of(platform.assignmentService())).print(System.out);
        }
    }

    /** Sends every activated lead to the benchmark's distribution rule. */
    private static void configure(String serviceUrl, BenchPool pool) {
        JsonMapper json = JsonMapper.builder().build();
        String body = pool.configurationJson(json);
        HttpRequest request = HttpRequest.newBuilder(URI.create(serviceUrl + "/routing/configuration"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body))
                .timeout(Duration.ofSeconds(30))
                .build();
        try {
            HttpResponse<String> response =
                    HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("PUT /routing/configuration answered " + response.statusCode() + ": "
                        + response.body());
            }
            JsonNode saved = json.readTree(response.body());
            say("routing configuration version " + saved.path("version").asLong() + " saved"
                    + (saved.path("warnings").isEmpty() ? "" : ", with warnings: " + saved.path("warnings")));
        } catch (IOException e) {
            throw new IllegalStateException("Could not configure routing: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while configuring routing", e);
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
