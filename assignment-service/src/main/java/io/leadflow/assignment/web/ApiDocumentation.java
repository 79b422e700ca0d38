package io.leadflow.assignment.web;

import io.leadflow.platform.security.Caller;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the OpenAPI description ({@code /v3/api-docs}, Swagger UI at {@code /swagger-ui.html}) says the API is. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    private static final String BEARER = "bearer";

    static {
        // The caller comes from the access token, not from the request: it is no parameter of the API.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
    }

    @Bean
    OpenAPI assignmentServiceApi() {
        return new OpenAPI()
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER))
                .info(new Info()
                        .title("leadflow assignment-service")
                        .version("v1")
                        .description("Routing configuration (users, queues, regions, assignment rules, distribution "
                                + "rules), routing previews, the hopper, and where every lead went and why. Every "
                                + "request needs an access token (Authorization: Bearer <JWT>); its caller is the "
                                + "author of a change, the claimant of a lead and who asked for a reassignment. "
                                + "Errors are RFC 9457 problem details (application/problem+json)."));
    }
}
