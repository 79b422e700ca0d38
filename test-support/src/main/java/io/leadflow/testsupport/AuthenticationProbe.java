package io.leadflow.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Calls a service under test as an outsider would, with the Authorization header a test chooses (or none), and
 * checks the refusals every leadflow API gives: what each service's authentication test shares.
 */
public final class AuthenticationProbe {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private final int port;

    public AuthenticationProbe(int port) {
        this.port = port;
    }

    /** GET the path; {@code authorization} is the header's value, none when null. */
    public HttpResponse<String> get(String path, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("calling " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted calling " + path, e);
        }
    }

    /** A 401 problem that says what was wrong, with the bearer challenge; {@code detail} is part of its detail. */
    public static void assertNotAuthenticated(HttpResponse<String> answer, String detail) {
        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Bearer"));
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(answer.body()).contains("\"title\":\"Not authenticated\"", "\"status\":401", detail);
    }
}
