package io.leadflow.platform.security;

import jakarta.servlet.DispatcherType;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every leadflow REST API is an OAuth2 resource server: a request needs a JWT bearer token, checked against the
 * identity provider Spring Boot's standard properties name ({@code spring.security.oauth2.resourceserver.jwt.*}),
 * except health, info, the Prometheus scrape and the paths a service lists in {@code leadflow.security.public-paths}.
 * Stateless, and without CSRF protection: callers send bearer tokens, never cookies a browser would add by itself.
 */
@AutoConfiguration(before = {OAuth2ResourceServerAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
        ManagementWebSecurityAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(LeadflowSecurityProperties.class)
public class LeadflowSecurityAutoConfiguration {

    /** Open to everyone: health for orchestrators and load balancers, Prometheus for its scrape (no token). */
    static final List<String> OPEN_PATHS = List.of("/actuator/health", "/actuator/health/**", "/actuator/info",
            "/actuator/prometheus");

    static final String NO_TOKEN_CHECK = "No way to check access tokens. Set one of "
            + "spring.security.oauth2.resourceserver.jwt.issuer-uri (env LEADFLOW_JWT_ISSUER_URI: the identity "
            + "provider's issuer, discovered through its OpenID configuration), "
            + "spring.security.oauth2.resourceserver.jwt.jwk-set-uri (env LEADFLOW_JWT_JWK_SET_URI: its key set) or "
            + "spring.security.oauth2.resourceserver.jwt.public-key-location (env LEADFLOW_JWT_PUBLIC_KEY_LOCATION: "
            + "a PEM RSA public key, e.g. the launcher's file:<data-dir>/jwt/public.pem)";

    @Bean
    SecurityFilterChain leadflowSecurityFilterChain(HttpSecurity http, ObjectProvider<JwtDecoder> decoders,
            LeadflowSecurityProperties properties) throws Exception {
        JwtDecoder decoder = decoders.getIfAvailable();
        if (decoder == null) {
            throw new IllegalStateException(NO_TOKEN_CHECK);
        }
        SecurityProblems problems = new SecurityProblems();
        return http
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> {
                    // The error page of a request already let in (or refused) is not a request of its own.
                    requests.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll();
                    requests.requestMatchers(OPEN_PATHS.toArray(String[]::new)).permitAll();
                    if (!properties.publicPaths().isEmpty()) {
                        requests.requestMatchers(properties.publicPaths().toArray(String[]::new)).permitAll();
                    }
                    requests.anyRequest().authenticated();
                })
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.decoder(decoder))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(refusals -> refusals
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .build();
    }

    @Bean
    WebMvcConfigurer leadflowCallerResolver() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CallerArgumentResolver());
            }
        };
    }
}
