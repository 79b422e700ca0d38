package io.leadflow.access.spring;

import io.leadflow.access.Edition;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Who may administer what, under {@code leadflow.access}.
 *
 * @param edition TEAM or ENTERPRISE: which permission edits lead distribution (Team Features or Manage Lead
 *     Distribution), and whether Available To applies (enterprise only)
 * @param administrators user ids (token subjects) with every permission company-wide, whatever the directory
 *     says: the people who set up an installation before the directory flows in, and a way back in
 */
@Validated
@ConfigurationProperties("leadflow.access")
public record AccessProperties(
        @DefaultValue("ENTERPRISE") @NotNull Edition edition,
        @DefaultValue({}) @NotNull List<@NotBlank String> administrators) {
}
