package io.leadflow.assignment.domain.routing;

import io.leadflow.criteria.LeadField;
import io.leadflow.criteria.ValueSpace;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Where a lead can be, as far as the regions tell. A lead's regions follow from its country and state, so a
 * lead cannot be in two regions without a place in common: {@code region IN [EMEA]} and {@code region IN [NA]}
 * exclude each other although region is a multi-valued field.
 */
final class Territories implements ValueSpace {

    private record Location(String country, String state) {
    }

    private final List<Region> regions;

    Territories(List<Region> regions) {
        // Unnamed regions and empty places are errors reported elsewhere; here they are left out.
        this.regions = regions.stream().filter(region -> region != null && region.name() != null)
                .map(region -> new Region(region.name(), region.places().stream().filter(Objects::nonNull).toList()))
                .toList();
    }

    /** Regions depend on one another through the places they share; every other field's values are independent. */
    @Override
    public boolean admits(String field, List<Set<String>> oneOfEach, Set<String> allOf, Set<String> noneOf) {
        return !LeadField.REGION.fieldName().equals(field) || someLocation(oneOfEach, allOf, noneOf);
    }

    /**
     * Whether a lead can be in one region of each of {@code oneOfEach}, in all of {@code allOf} and in none of
     * {@code noneOf} (lower-case region names).
     */
    private boolean someLocation(List<Set<String>> oneOfEach, Set<String> allOf, Set<String> noneOf) {
        List<String> named = new ArrayList<>(allOf);
        named.addAll(noneOf);
        oneOfEach.forEach(named::addAll);
        return locations(named).stream()
                .anyMatch(location -> oneOfEach.stream().allMatch(names -> inAny(location, names))
                        && allOf.stream().allMatch(name -> inAny(location, Set.of(name)))
                        && !inAny(location, noneOf));
    }

    /**
     * Every location that the named regions tell apart: each country they mention without a state, and each
     * country-state place. Any other location is in none of them, or in the same ones as its country alone.
     */
    private List<Location> locations(Collection<String> names) {
        List<Location> locations = new ArrayList<>();
        for (Region region : regions) {
            if (names.contains(ValueSpace.normalized(region.name()))) {
                for (String place : region.places()) {
                    String[] parts = place.trim().toUpperCase(Locale.ROOT).split("-", 2);
                    locations.add(new Location(parts[0], null));
                    if (parts.length == 2) {
                        locations.add(new Location(parts[0], parts[1]));
                    }
                }
            }
        }
        return locations;
    }

    private boolean inAny(Location location, Collection<String> names) {
        return regions.stream().anyMatch(region -> names.contains(ValueSpace.normalized(region.name()))
                && region.contains(location.country(), location.state()));
    }
}
