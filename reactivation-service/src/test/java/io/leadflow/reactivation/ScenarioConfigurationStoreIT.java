package io.leadflow.reactivation;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.reactivation.domain.scenario.ConfigurationVersion;
import io.leadflow.reactivation.domain.scenario.ScenarioConfiguration;
import io.leadflow.reactivation.domain.scenario.ScenarioConfigurations;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The versions in MongoDB: one instance's save of a version wins, whatever the others do at the same moment. */
class ScenarioConfigurationStoreIT extends ReactivationServiceIT {

    @Autowired
    ScenarioConfigurations configurations;

    @Test
    void shouldLetExactlyOneOfSeveralSimultaneousSavesOfAVersionWin() {
        long next = configurations.current().version() + 1;
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Boolean>> saves = IntStream.range(0, 8).mapToObj(instance ->
                CompletableFuture.supplyAsync(() -> {
                    awaitQuietly(start);
                    return configurations.save(new ConfigurationVersion(next, "instance-" + instance + "@example.com",
                            clock.instant(), null, ScenarioConfiguration.EMPTY));
                })).toList();

        start.countDown();

        List<Boolean> won = saves.stream().map(CompletableFuture::join).toList();
        assertThat(won).containsOnlyOnce(true);
        String winner = "instance-" + won.indexOf(true) + "@example.com";
        assertThat(configurations.version(next)).map(ConfigurationVersion::author).contains(winner);
        assertThat(configurations.current().author()).isEqualTo(winner);
        assertThat(configurations.history().get(0).version()).isEqualTo(next);
    }

    private static void awaitQuietly(CountDownLatch start) {
        try {
            start.await();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
