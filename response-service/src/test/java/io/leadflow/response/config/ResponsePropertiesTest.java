package io.leadflow.response.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadflow.response.domain.FunnelRules;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;

@ExtendWith(OutputCaptureExtension.class)
class ResponsePropertiesTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(ResponseProperties.class)
    static class PropertiesOnly {
    }

    final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(PropertiesOnly.class);

    @Test
    void shouldDefaultToTheDocumentedFunnel() {
        runner.run(context -> assertThat(context.getBean(ResponseProperties.class).funnel().rules())
                .isEqualTo(new FunnelRules(50, List.of("Open", "Working", "Nurture"), false, true,
                        List.of("Disqualified", "Converted", "Recycled"))));
    }

    @Test
    void shouldBindEveryFunnelProperty() {
        runner.withPropertyValues(
                        "leadflow.response.funnel.min-score=0",
                        "leadflow.response.funnel.qualifying-lead-statuses=",
                        "leadflow.response.funnel.accept-non-responses=true",
                        "leadflow.response.funnel.one-active-response-per-lead=false",
                        "leadflow.response.funnel.closed-lead-statuses=Converted",
                        "leadflow.response.funnel.response-prompt-campaigns=701-contact-us,701-demo-request")
                .run(context -> assertThat(context.getBean(ResponseProperties.class).funnel().rules())
                        .isEqualTo(new FunnelRules(0, List.of(), true, false, List.of("Converted"),
                                List.of("701-contact-us", "701-demo-request"))));
    }

    @Test
    void shouldFailStartupOnANegativeMinScoreNamingTheProperty(CapturedOutput output) {
        assertThatThrownBy(() -> start("--leadflow.response.funnel.min-score=-1"))
                .hasRootCauseInstanceOf(BindValidationException.class);

        // What the operator reads: Spring Boot's failure analysis (it names constructor-bound properties in camel case).
        assertThat(output)
                .contains("Property: leadflow.response.funnel.minScore")
                .contains("Value: \"-1\"")
                .contains("Reason: must be 0 or more (a lead score threshold)");
    }

    @Test
    void shouldFailStartupOnABlankClosedLeadStatusNamingTheProperty(CapturedOutput output) {
        assertThatThrownBy(() -> start("--leadflow.response.funnel.closed-lead-statuses=Converted,"))
                .hasRootCauseInstanceOf(BindValidationException.class);

        assertThat(output)
                .contains("Property: leadflow.response.funnel.closedLeadStatuses[1]")
                .contains("Reason: must not be blank");
    }

    private static void start(String... args) {
        SpringApplication application = new SpringApplication(PropertiesOnly.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.run(args).close();
    }
}
