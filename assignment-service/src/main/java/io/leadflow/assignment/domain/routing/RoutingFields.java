package io.leadflow.assignment.domain.routing;

import static io.leadflow.assignment.domain.routing.Findings.isBlank;

import io.leadflow.criteria.FieldVocabulary;
import io.leadflow.criteria.LeadField;
import io.leadflow.criteria.Operator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The fields assignment rules may test: every field of the criteria language, {@code region} naming the regions
 * the routing configuration defines.
 */
final class RoutingFields implements FieldVocabulary {

    private final List<String> regionNames;

    RoutingFields(RoutingConfiguration configuration) {
        this.regionNames = configuration.regions().stream().filter(Objects::nonNull).map(Region::name)
                .filter(name -> !isBlank(name)).toList();
    }

    @Override
    public Optional<String> valueProblem(String subject, String field, Operator operator, String value) {
        if (!LeadField.REGION.fieldName().equals(field) || operator == Operator.MATCHES) {
            return Optional.empty();
        }
        String name = value.trim();
        if (regionNames.stream().anyMatch(known -> known.trim().equalsIgnoreCase(name))) {
            return Optional.empty();
        }
        return Optional.of(subject + " tests region '" + name + "', which is not defined; "
                + (regionNames.isEmpty() ? "no regions are defined, so define it under regions."
                        : "define it under regions or use one of " + String.join(", ", regionNames) + "."));
    }
}
