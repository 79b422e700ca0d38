package io.leadflow.launcher.bench;

/** How both benchmarks read an option's value, with messages that name the option and say what was wrong. */
final class OptionValues {

    private OptionValues() {
    }

    /** The argument after the option at {@code index - 1}. */
    static String value(String[] args, int index, String option, String usage) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value\n" + usage);
        }
        return args[index];
    }

    static int count(String value, String option, int minimum) {
        try {
            int count = Integer.parseInt(value);
            if (count < minimum) {
                throw new IllegalArgumentException(option + " must be at least " + minimum + ", not " + value);
            }
            return count;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a whole number, not " + value, e);
        }
    }
}
