package io.leadflow.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AcknowledgementLinkSecretTest {

    @TempDir
    Path dataDir;

    @Test
    void shouldMakeThirtyTwoRandomBytesOnTheFirstStartAndReadThemOnEveryLaterOne() throws Exception {
        String first = AcknowledgementLinkSecret.of(dataDir.resolve("data"));

        String again = AcknowledgementLinkSecret.of(dataDir.resolve("data"));

        assertThat(Base64.getDecoder().decode(first)).hasSize(32);
        assertThat(again).isEqualTo(first);
        assertThat(AcknowledgementLinkSecret.of(dataDir.resolve("other"))).isNotEqualTo(first);
        Path file = dataDir.resolve("data").resolve(AcknowledgementLinkSecret.FILE);
        assertThat(Files.readString(file)).isEqualTo(first);
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
    }

    @Test
    void shouldRefuseAFileWithoutAUsableSecretRatherThanSignWithAWeakOne() throws Exception {
        Files.writeString(dataDir.resolve(AcknowledgementLinkSecret.FILE), "short\n");

        assertThatThrownBy(() -> AcknowledgementLinkSecret.of(dataDir))
                .hasMessageContaining("holds no usable acknowledgement link secret");
    }
}
