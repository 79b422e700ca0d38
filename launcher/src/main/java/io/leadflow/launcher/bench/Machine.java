package io.leadflow.launcher.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/** Where a number was measured: the machine, and how busy it was besides. */
final class Machine {

    private Machine() {
    }

    /** Cores, CPU model and operating system, e.g. {@code 2 cores (AMD EPYC), Linux 6.1 amd64}. */
    static String description() {
        return Runtime.getRuntime().availableProcessors() + " cores" + cpuModel().map(model -> " (" + model + ")")
                .orElse("") + ", " + System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch");
    }

    /** The machine's load average over the last minute, this benchmark's own work included. */
    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    static String jvm() {
        return System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version");
    }

    private static Optional<String> cpuModel() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(line -> line.startsWith("model name")).findFirst()
                    .map(line -> line.substring(line.indexOf(':') + 1).trim());
        } catch (IOException | UncheckedIOException notLinux) {
            return Optional.empty();
        }
    }
}
