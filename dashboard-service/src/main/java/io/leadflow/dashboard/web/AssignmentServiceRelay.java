package io.leadflow.dashboard.web;

import io.leadflow.dashboard.config.DashboardProperties;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Calls assignment-service's REST API on behalf of the dashboard's caller, with the caller's own bearer token: what
 * the events cannot tell (the hopper, the open engine waits, a rule's tallies) and what only it may do (claim a
 * hopper lead, the caller being the claimant). Its answers, refusals included, go back to the page as they are.
 */
@Component
class AssignmentServiceRelay {

    private final HttpClient http;
    private final DashboardProperties properties;

    AssignmentServiceRelay(HttpClient assignmentServiceHttp, DashboardProperties properties) {
        this.http = assignmentServiceHttp;
        this.properties = properties;
    }

    ResponseEntity<String> get(String pathAndQuery, String authorization) {
        return send(request(pathAndQuery, authorization).GET().build());
    }

    ResponseEntity<String> post(String path, String authorization) {
        return send(request(path, authorization).POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    private HttpRequest.Builder request(String pathAndQuery, String authorization) {
        return HttpRequest.newBuilder(URI.create(properties.assignmentServiceUrl() + pathAndQuery))
                .timeout(properties.assignmentServiceTimeout())
                .header(HttpHeaders.AUTHORIZATION, authorization)
                .header(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE);
    }

    private ResponseEntity<String> send(HttpRequest request) {
        HttpResponse<String> answer;
        try {
            answer = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException unreachable) {
            throw new ResponseStatusException(HttpStatus.BAD_GATEWAY,
                    "assignment-service did not answer at " + properties.assignmentServiceUrl(), unreachable);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "interrupted", interrupted);
        }
        return ResponseEntity.status(answer.statusCode())
                .contentType(answer.headers().firstValue(HttpHeaders.CONTENT_TYPE).map(MediaType::parseMediaType)
                        .orElse(MediaType.APPLICATION_JSON))
                .body(answer.body());
    }
}
