package io.leadflow.assignment.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the OpenAPI description ({@code /v3/api-docs}, Swagger UI at {@code /swagger-ui.html}) says the API is. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    @Bean
    OpenAPI assignmentServiceApi() {
        return new OpenAPI().info(new Info()
                .title("leadflow assignment-service")
                .version("v1")
                .description("Routing configuration (users, queues, regions, assignment rules, distribution rules), "
                        + "routing previews, the hopper, and where every lead went and why. Errors are RFC 9457 "
                        + "problem details (application/problem+json)."));
    }
}
