package io.leadflow.assignment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/** The service's {@code /actuator/prometheus} as a scraper reads it. */
final class Prometheus {

    private final RestClient http;

    Prometheus(int port) {
        http = RestClient.create("http://localhost:" + port);
    }

    String text() {
        return http.get().uri("/actuator/prometheus").accept(MediaType.TEXT_PLAIN).retrieve().body(String.class);
    }

    /** Each series' value (labels sorted by name, as written); 0 while absent. */
    Map<String, Double> values(List<String> series) {
        List<String> lines = text().lines().toList();
        Map<String, Double> values = new LinkedHashMap<>();
        for (String name : series) {
            values.put(name, lines.stream()
                    .filter(line -> line.startsWith(name + " "))
                    .mapToDouble(line -> Double.parseDouble(line.substring(name.length() + 1).trim()))
                    .findFirst()
                    .orElse(0));
        }
        return values;
    }

    /** How much each series grew since {@code before}. */
    Map<String, Double> increases(List<String> series, Map<String, Double> before) {
        Map<String, Double> increases = new LinkedHashMap<>();
        values(series).forEach((name, value) -> increases.put(name, value - before.get(name)));
        return increases;
    }
}
