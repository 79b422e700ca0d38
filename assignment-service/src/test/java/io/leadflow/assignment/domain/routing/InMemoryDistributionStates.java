package io.leadflow.assignment.domain.routing;

import java.util.HashMap;
import java.util.Map;

/** {@link DistributionStates} with the MongoDB adapter's compare-and-set semantics, for unit tests. */
public final class InMemoryDistributionStates implements DistributionStates {

    private final Map<String, DistributionState> byRule = new HashMap<>();

    @Override
    public synchronized DistributionState load(String rule) {
        return byRule.getOrDefault(rule, DistributionState.empty(rule));
    }

    @Override
    public synchronized boolean replace(DistributionState read, DistributionState next) {
        if (load(read.rule()).version() != read.version()) {
            return false;
        }
        byRule.put(read.rule(), next);
        return true;
    }
}
