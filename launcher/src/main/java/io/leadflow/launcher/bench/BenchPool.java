package io.leadflow.launcher.bench;

import io.leadflow.events.AssignmentMethod;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The distribution rule the benchmark routes every lead through: users {@code 005-bench-01} and on, all
 * available around the clock, and what each of them must have received for the rule to be fair.
 */
record BenchPool(AssignmentMethod method, List<String> members) {

    static final String RULE = "bench-pool";

    static BenchPool of(AssignmentMethod method, int size) {
        List<String> members = new ArrayList<>();
        for (int i = 1; i <= size; i++) {
            members.add(String.format("005-bench-%02d", i));
        }
        return new BenchPool(method, List.copyOf(members));
    }

    /** WEIGHTED gives the i-th member weight i, so an unequal split is visible; the other methods ignore weights. */
    int weight(String member) {
        return method == AssignmentMethod.WEIGHTED ? members.indexOf(member) + 1 : 1;
    }

    /**
     * The exact share of {@code total} leads that is {@code member}'s: total × weight / Σ weights. A fair rule
     * hands each lead to the member furthest below their share (LOAD_BALANCED: with the fewest open leads, and
     * every benchmark lead stays open), so nobody is ever more than one lead away from it.
     */
    double share(String member, long total) {
        long weights = members.stream().mapToLong(this::weight).sum();
        return (double) total * weight(member) / weights;
    }

    /** Whether every lead went to a member and each member is within one lead of their share. */
    boolean isFair(Map<String, Long> leadsByOwner) {
        long total = leadsByOwner.values().stream().mapToLong(Long::longValue).sum();
        return leadsByOwner.keySet().stream().allMatch(members::contains)
                && members.stream().allMatch(member ->
                        Math.abs(leadsByOwner.getOrDefault(member, 0L) - share(member, total)) <= 1);
    }

    /** The body of {@code PUT /routing/configuration}: activated leads go to this pool. */
    String configurationJson(JsonMapper json) {
        ObjectNode request = json.createObjectNode().put("comment", "routing benchmark");
        ObjectNode configuration = request.putObject("configuration");
        configuration.putObject("activationTarget").put("type", "DISTRIBUTION_RULE").put("id", RULE);
        ObjectNode rule = configuration.putArray("distributionRules").addObject()
                .put("name", RULE)
                .put("method", method.name());
        ArrayNode ruleMembers = rule.putArray("members");
        ArrayNode users = configuration.putArray("users");
        for (String member : members) {
            ObjectNode entry = ruleMembers.addObject().put("userId", member);
            if (method == AssignmentMethod.WEIGHTED) {
                entry.put("weight", weight(member));
            }
            users.addObject().put("id", member).put("name", "Bench User " + member.substring("005-bench-".length()))
                    .put("timeZone", "UTC").put("paused", false);
        }
        return json.writeValueAsString(request);
    }
}
