package io.leadflow.launcher.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.events.AssignmentMethod;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class BenchPoolTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void shouldCallARoundRobinFairOnlyWhenNoMemberIsAWholeLeadOffTheirShare() {
        BenchPool pool = BenchPool.of(AssignmentMethod.ROUND_ROBIN, 3);

        assertThat(pool.isFair(Map.of("005-bench-01", 4L, "005-bench-02", 3L, "005-bench-03", 3L))).isTrue();
        assertThat(pool.isFair(Map.of("005-bench-01", 4L, "005-bench-02", 4L, "005-bench-03", 2L))).isFalse();
        assertThat(pool.isFair(Map.of("005-bench-01", 5L, "005-bench-02", 5L))).isFalse();
    }

    @Test
    void shouldWeighTheIthMemberIForWeightedOnly() {
        BenchPool weighted = BenchPool.of(AssignmentMethod.WEIGHTED, 3);

        assertThat(weighted.share("005-bench-03", 600)).isEqualTo(300.0);
        assertThat(weighted.isFair(Map.of("005-bench-01", 100L, "005-bench-02", 201L, "005-bench-03", 299L))).isTrue();
        assertThat(weighted.isFair(Map.of("005-bench-01", 200L, "005-bench-02", 200L, "005-bench-03", 200L))).isFalse();
        assertThat(BenchPool.of(AssignmentMethod.LOAD_BALANCED, 3).weight("005-bench-03")).isEqualTo(1);
    }

    @Test
    void shouldFailALeadGivenToSomeoneOutsideThePool() {
        BenchPool pool = BenchPool.of(AssignmentMethod.ROUND_ROBIN, 2);

        assertThat(pool.isFair(Map.of("005-bench-01", 1L, "005-bench-02", 1L, "00G-sdr", 1L))).isFalse();
    }

    @Test
    void shouldSendActivatedLeadsToThePoolWithItsUsers() {
        JsonNode request = json.readTree(BenchPool.of(AssignmentMethod.WEIGHTED, 2).configurationJson(json));

        assertThat(request).isEqualTo(json.readTree("""
                {"comment": "routing benchmark",
                 "configuration": {
                   "activationTarget": {"type": "DISTRIBUTION_RULE", "id": "bench-pool"},
                   "distributionRules": [{"name": "bench-pool", "method": "WEIGHTED",
                       "members": [{"userId": "005-bench-01", "weight": 1}, {"userId": "005-bench-02", "weight": 2}]}],
                   "users": [
                     {"id": "005-bench-01", "name": "Bench User 01", "timeZone": "UTC", "paused": false},
                     {"id": "005-bench-02", "name": "Bench User 02", "timeZone": "UTC", "paused": false}]}}"""));
    }
}
