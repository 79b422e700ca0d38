package io.leadflow.launcher.store;

import java.time.Duration;

/**
 * @param commitInterval how often the journal is forced to disk, like MongoDB's {@code commitIntervalMs}: a crash
 *     loses at most the writes of this last interval
 * @param compactionFloorBytes the journal is compacted while running once it has grown past the last snapshot's
 *     size (the files are then twice the live data) and past this many bytes, so small stores are left alone
 */
public record JournalSettings(Duration commitInterval, long compactionFloorBytes) {

    public static JournalSettings defaults() {
        return new JournalSettings(Duration.ofMillis(100), 64L * 1024 * 1024);
    }
}
