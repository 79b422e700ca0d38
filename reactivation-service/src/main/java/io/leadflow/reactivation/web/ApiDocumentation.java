package io.leadflow.reactivation.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the OpenAPI description ({@code /v3/api-docs}, Swagger UI at {@code /swagger-ui.html}) says the API is. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    @Bean
    OpenAPI reactivationServiceApi() {
        return new OpenAPI().info(new Info()
                .title("leadflow reactivation-service")
                .version("v1")
                .description("The reactivation scenarios (score, active-status, response-prompt and invocable "
                        + "triggers, wait periods, look-back, eligibility, default campaigns, sync): read them, "
                        + "validate and change them (every change is a new version), look at their history. "
                        + "The API does not authenticate its callers yet, so a change names its author. Errors are "
                        + "RFC 9457 problem details (application/problem+json) listing each problem with its JSON "
                        + "path."));
    }
}
