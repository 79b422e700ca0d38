package io.leadflow.launcher.bench;

import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The command-line life every benchmark shares: bad options exit 2 with the reason, {@code --help} prints the usage,
 * and the run exits 0 only when every check passed, so a fast wrong number is never mistaken for a result.
 */
final class BenchmarkMain {

    private BenchmarkMain() {
    }

    static <O> void main(String[] args, Function<String[], O> parse, Predicate<O> wantsHelp, String usage,
            Predicate<O> benchmark) {
        O options;
        try {
            options = parse.apply(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        if (wantsHelp.test(options)) {
            System.out.println(usage);
            return;
        }
        boolean passed;
        try {
            passed = benchmark.test(options);
        } catch (Exception e) {
            // Exception, not RuntimeException: some libraries throw checked exceptions undeclared.
            System.err.println("Benchmark failed: " + e.getMessage());
            passed = false;
        }
        System.exit(passed ? 0 : 1);
    }
}
