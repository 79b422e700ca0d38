package io.leadflow.launcher.deadletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PartitionOffsetTest {

    @Test
    void shouldReadPartitionsAndOffsetsInTheOrderGiven() {
        assertThat(PartitionOffset.parseAll("2:5, 0:12,0:0")).containsExactly(new PartitionOffset(2, 5),
                new PartitionOffset(0, 12), new PartitionOffset(0, 0));
        assertThat(PartitionOffset.parseAll("1:9000000000")).containsExactly(new PartitionOffset(1, 9_000_000_000L));
    }

    @Test
    void shouldWriteThemBackTheWayTheyAreRead() {
        assertThat(new PartitionOffset(3, 41)).hasToString("3:41");
    }

    @Test
    void shouldRefuseWhatIsNotAPartitionAndAnOffsetNamingThePart() {
        assertThatThrownBy(() -> PartitionOffset.parseAll("0:1,2"))
                .hasMessage("--offsets takes PARTITION:OFFSET,... (e.g. 0:12,2:5), not \"2\"");
        assertThatThrownBy(() -> PartitionOffset.parseAll("0:1,,1:2"))
                .hasMessage("--offsets takes PARTITION:OFFSET,... (e.g. 0:12,2:5), not \"\"");
        assertThatThrownBy(() -> PartitionOffset.parseAll("a:1"))
                .hasMessage("--offsets takes PARTITION:OFFSET,... (e.g. 0:12,2:5), not \"a:1\"");
        assertThatThrownBy(() -> PartitionOffset.parseAll("-1:4"))
                .hasMessage("--offsets takes PARTITION:OFFSET,... (e.g. 0:12,2:5), not \"-1:4\"");
        assertThatThrownBy(() -> PartitionOffset.parseAll("1:2:3"))
                .hasMessage("--offsets takes PARTITION:OFFSET,... (e.g. 0:12,2:5), not \"1:2:3\"");
    }
}
