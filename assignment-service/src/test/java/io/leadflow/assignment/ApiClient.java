package io.leadflow.assignment;

import io.leadflow.testsupport.TestTokens;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain HTTP client of the service's REST API, as operators and tools use it; answers are never thrown. It calls
 * with a valid token of {@value #DEFAULT_CALLER} unless told to call as someone else ({@link #as}).
 */
final class ApiClient {

    static final JsonMapper JSON = JsonMapper.builder().build();

    static final String DEFAULT_CALLER = "ops@example.com";

    private final int port;
    private final RestClient http;

    ApiClient(int port) {
        this(port, TestTokens.bearer(DEFAULT_CALLER));
    }

    /** @param authorization the Authorization header sent with every request (null: none) */
    private ApiClient(int port, String authorization) {
        this.port = port;
        RestClient.Builder builder = RestClient.builder().baseUrl("http://localhost:" + port);
        http = (authorization == null ? builder : builder.defaultHeader(HttpHeaders.AUTHORIZATION, authorization))
                .build();
    }

    /** The same API called with a valid token of the given user. */
    ApiClient as(String userId) {
        return new ApiClient(port, TestTokens.bearer(userId));
    }

    /** The same API called without a token. */
    ApiClient anonymous() {
        return new ApiClient(port, null);
    }

    Response delete(String path) {
        return http.delete().uri(path).exchange((request, answer) -> Response.of(answer.getStatusCode().value(),
                answer.getHeaders().getContentType(), answer.getBody().readAllBytes()));
    }

    Response get(String path) {
        return http.get().uri(path).exchange((request, answer) -> Response.of(answer.getStatusCode().value(),
                answer.getHeaders().getContentType(), answer.getBody().readAllBytes()));
    }

    Response put(String path, Object body) {
        return http.put().uri(path).contentType(MediaType.APPLICATION_JSON).body(json(body))
                .exchange((request, answer) -> Response.of(answer.getStatusCode().value(),
                        answer.getHeaders().getContentType(), answer.getBody().readAllBytes()));
    }

    /** A POST without a body, such as a claim: who claims is the caller. */
    Response post(String path) {
        return http.post().uri(path).exchange((request, answer) -> Response.of(answer.getStatusCode().value(),
                answer.getHeaders().getContentType(), answer.getBody().readAllBytes()));
    }

    Response post(String path, Object body) {
        return http.post().uri(path).contentType(MediaType.APPLICATION_JSON).body(json(body))
                .exchange((request, answer) -> Response.of(answer.getStatusCode().value(),
                        answer.getHeaders().getContentType(), answer.getBody().readAllBytes()));
    }

    /** A body given as a string is sent as it is (raw JSON); anything else is written as JSON. */
    private static String json(Object body) {
        return body instanceof String raw ? raw : JSON.writeValueAsString(body);
    }

    record Response(HttpStatus status, MediaType contentType, JsonNode json) {

        static Response of(int status, MediaType contentType, byte[] body) {
            return new Response(HttpStatus.valueOf(status), contentType,
                    body.length == 0 ? JSON.missingNode() : JSON.readTree(body));
        }
    }
}
