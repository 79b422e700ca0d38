package io.leadflow.platform.security;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * What a service opens to callers without a token, besides health, info and the Prometheus scrape.
 *
 * @param publicPaths path patterns (Spring's {@code PathPattern} syntax, e.g. {@code /offers/*}{@code
 *     /acknowledgement}) whose requests need no token because they carry their own proof, such as a signed link
 */
@Validated
@ConfigurationProperties(prefix = "leadflow.security")
public record LeadflowSecurityProperties(@NotNull List<String> publicPaths) {

    public LeadflowSecurityProperties {
        publicPaths = publicPaths == null ? List.of() : List.copyOf(publicPaths);
    }
}
