package io.leadflow.launcher.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The demo's REST calls, as an operator's or a sales app's: JSON in, JSON out, never an exception for an answer. */
final class DemoHttp {

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    JsonMapper json() {
        return json;
    }

    /** The answer to a JSON request, or null when the service could not be reached. */
    HttpResponse<String> send(String method, String url, JsonNode body) throws InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url))
                .method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))));
    }

    /** The JSON answer to a POST without a body, as a JSON client following a link sends it; null when unreachable. */
    HttpResponse<String> post(String url) throws InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** The JSON at {@code url}, or a missing node when it cannot be had. */
    JsonNode get(String url) {
        try {
            HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(url)));
            return answer == null ? json.missingNode() : json.readTree(answer.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return json.missingNode();
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws InterruptedException {
        try {
            return http.send(request.header("Content-Type", "application/json").build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException unreachable) {
            return null;
        }
    }
}
