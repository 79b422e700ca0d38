package io.leadflow.launcher.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** assignment-service's routing configuration, saved over its REST API as an operator would. */
final class RoutingApi {

    /** Who the benchmarks change the routing configuration as. */
    static final String CALLER = "leadflow-bench";

    private RoutingApi() {
    }

    /**
     * Sends every activated lead to the pool's distribution rule.
     *
     * @param authorization the {@code Authorization} header the change is made with
     * @return what the service said it saved, e.g. {@code version 1}, with its warnings if any
     */
    static String configure(String assignmentServiceUrl, BenchPool pool, String authorization) {
        JsonMapper json = JsonMapper.builder().build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(assignmentServiceUrl + "/routing/configuration"))
                .header("Content-Type", "application/json")
                .header("Authorization", authorization)
                .PUT(HttpRequest.BodyPublishers.ofString(pool.configurationJson(json)))
                .timeout(Duration.ofSeconds(30))
                .build();
        try {
            HttpResponse<String> response =
                    HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("PUT /routing/configuration answered " + response.statusCode() + ": "
                        + response.body());
            }
            JsonNode saved = json.readTree(response.body());
            return "version " + saved.path("version").asLong()
                    + (saved.path("warnings").isEmpty() ? "" : ", with warnings: " + saved.path("warnings"));
        } catch (IOException e) {
            throw new IllegalStateException("Could not configure routing: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while configuring routing", e);
        }
    }
}
