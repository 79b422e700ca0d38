package io.leadflow.reactivation.web;

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
    OpenAPI reactivationServiceApi() {
        return new OpenAPI()
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER))
                .info(new Info()
                        .title("leadflow reactivation-service")
                        .version("v1")
                        .description("The reactivation scenarios (score, active-status, response-prompt and invocable "
                                + "triggers, wait periods, look-back, eligibility, default campaigns, sync): read them, "
                                + "validate and change them (every change is a new version), look at their history. "
                                + "Every request needs an access token (Authorization: Bearer <JWT>); its caller is "
                                + "recorded as the author of a change. Errors are "
                                + "RFC 9457 problem details (application/problem+json) listing each problem with its JSON "
                                + "path."));
    }
}
