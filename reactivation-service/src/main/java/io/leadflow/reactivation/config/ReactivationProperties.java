package io.leadflow.reactivation.config;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * reactivation-service settings ({@code leadflow.reactivation.*}), checked at start-up.
 *
 * @param timerPollInterval how often due waits are looked for: a scenario fires at most this long after its
 *     wait ends
 */
@Validated
@ConfigurationProperties("leadflow.reactivation")
public record ReactivationProperties(@NotNull Duration timerPollInterval) {
}
