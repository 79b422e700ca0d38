package io.leadflow.launcher.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IntegrityTest {

    @Test
    void shouldPassARunWhereEveryLeadWentThroughOnceToTheRightPerson() {
        Integrity clean = new Integrity(100, 100, 100, 100, 0, 3, 0, 0, 0, 0, Map.of());

        List<Check> checks = clean.checks(10);

        assertThat(checks).allMatch(Check::passed);
        assertThat(checks.get(0).description()).isEqualTo("every lead activated, assigned and notified exactly "
                + "once: 100 leads, 100 / 100 / 100; 0 second events, 3 redelivered copies");
    }

    @Test
    void shouldFailEachKindOfWrongResultOnItsOwnCheck() {
        assertThat(passed(new Integrity(100, 100, 100, 100, 1, 0, 0, 0, 0, 0, Map.of())))
                .containsExactly(false, true, true, true);
        assertThat(passed(new Integrity(100, 100, 99, 100, 0, 0, 0, 0, 0, 0, Map.of())))
                .containsExactly(false, true, true, true);
        assertThat(passed(new Integrity(100, 100, 100, 100, 0, 0, 0, 0, 1, 0, Map.of())))
                .containsExactly(true, false, true, true);
        assertThat(passed(new Integrity(100, 100, 100, 100, 0, 0, 0, 0, 0, 2, Map.of())))
                .containsExactly(true, true, false, true);
        assertThat(passed(new Integrity(100, 100, 100, 100, 0, 0, 0, 0, 0, 0, Map.of("lead.assigned.dlt", 1))))
                .containsExactly(true, true, true, false);
    }

    private static List<Boolean> passed(Integrity integrity) {
        return integrity.checks(10).stream().map(Check::passed).toList();
    }
}
