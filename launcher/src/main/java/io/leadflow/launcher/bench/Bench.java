package io.leadflow.launcher.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@code ./bench.sh} runs: the whole pipeline ({@link PipelineBenchmark}) unless {@code --mode assignment}
 * asks for the routing decisions of one assignment-service alone ({@link RoutingBenchmark}); every other option goes
 * to the benchmark chosen.
 */
public final class Bench {

    enum Mode { PIPELINE, ASSIGNMENT }

    /** The mode, and the arguments left for the benchmark. */
    record Command(Mode mode, List<String> arguments) {
    }

    private Bench() {
    }

    public static void main(String[] args) {
        Command command;
        try {
            command = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        if (command.mode() == Mode.ASSIGNMENT) {
            RoutingBenchmark.main(command.arguments().toArray(String[]::new));
        } else {
            PipelineBenchmark.main(command.arguments().toArray(String[]::new));
        }
    }

    static Command parse(String... args) {
        Mode mode = Mode.PIPELINE;
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if ("--mode".equals(args[i])) {
                mode = mode(OptionValues.value(args, ++i, "--mode", PipelineOptions.USAGE));
            } else {
                rest.add(args[i]);
            }
        }
        return new Command(mode, List.copyOf(rest));
    }

    private static Mode mode(String value) {
        for (Mode mode : Mode.values()) {
            if (mode.name().equalsIgnoreCase(value)) {
                return mode;
            }
        }
        throw new IllegalArgumentException("--mode must be pipeline or assignment, not " + value);
    }
}
