package io.leadflow.launcher.deadletter;

import java.util.ArrayList;
import java.util.List;

/** A record's place on a dead-letter topic, written {@code P:O} on the command line. */
public record PartitionOffset(int partition, long offset) {

    /**
     * Reads {@code P:O,P:O,...}.
     *
     * @throws IllegalArgumentException naming the part that is not a partition and an offset
     */
    public static List<PartitionOffset> parseAll(String text) {
        List<PartitionOffset> all = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            all.add(parse(part.trim()));
        }
        return List.copyOf(all);
    }

    private static PartitionOffset parse(String part) {
        String[] numbers = part.split(":", -1);
        try {
            if (numbers.length == 2) {
                int partition = Integer.parseInt(numbers[0]);
                long offset = Long.parseLong(numbers[1]);
                if (partition >= 0 && offset >= 0) {
                    return new PartitionOffset(partition, offset);
                }
            }
        } catch (NumberFormatException notANumber) {
            // Said below, with the part that is wrong.
        }
        throw new IllegalArgumentException("--offsets takes PARTITION:OFFSET,... (e.g. 0:12,2:5), not \"" + part + "\"");
    }

    @Override
    public String toString() {
        return partition + ":" + offset;
    }
}
