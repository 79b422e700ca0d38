package io.leadflow.assignment.domain.routing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * A named territory for the {@code region} attribute of assignment rules.
 *
 * @param places ISO country codes ({@code DE}) or country-state codes ({@code US-CA})
 */
public record Region(String name, List<String> places) {

    public Region {
        places = places == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(places));
    }

    public boolean contains(String country, String state) {
        if (country == null) {
            return false;
        }
        String countryCode = country.trim().toUpperCase(Locale.ROOT);
        String stateCode = state == null ? null : countryCode + "-" + state.trim().toUpperCase(Locale.ROOT);
        return places.stream()
                .map(place -> place.trim().toUpperCase(Locale.ROOT))
                .anyMatch(place -> place.equals(countryCode) || place.equals(stateCode));
    }
}
