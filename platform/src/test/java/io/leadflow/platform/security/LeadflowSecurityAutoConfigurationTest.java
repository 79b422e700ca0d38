package io.leadflow.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.security.web.SecurityFilterChain;

class LeadflowSecurityAutoConfigurationTest {

    private final WebApplicationContextRunner service = new WebApplicationContextRunner().withConfiguration(
            AutoConfigurations.of(LeadflowSecurityAutoConfiguration.class, SecurityAutoConfiguration.class,
                    ServletWebSecurityAutoConfiguration.class, OAuth2ResourceServerAutoConfiguration.class));

    @Test
    void shouldRefuseToStartWithoutAWayToCheckTokensNamingTheSettings() {
        service.run(context -> assertThat(context).getFailure().rootCause()
                .hasMessageContaining("LEADFLOW_JWT_ISSUER_URI")
                .hasMessageContaining("LEADFLOW_JWT_JWK_SET_URI")
                .hasMessageContaining("LEADFLOW_JWT_PUBLIC_KEY_LOCATION"));
    }

    @Test
    void shouldStartWithAPublicKeyAndItsOwnFilterChainOnly() {
        service.withPropertyValues("spring.security.oauth2.resourceserver.jwt.public-key-location=file:"
                        + TestTokens.publicKeyFile(), "leadflow.security.public-paths=/offers/*/acknowledgement")
                .run(context -> assertThat(context).hasNotFailed().getBeans(SecurityFilterChain.class)
                        .containsOnlyKeys("leadflowSecurityFilterChain"));
    }
}
