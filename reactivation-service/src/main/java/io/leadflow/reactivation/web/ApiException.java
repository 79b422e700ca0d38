package io.leadflow.reactivation.web;

import org.springframework.http.HttpStatus;

/** A request the API refuses, answered with {@code status} and a problem detail with this title and message. */
class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String title;

    ApiException(HttpStatus status, String title, String detail) {
        super(detail);
        this.status = status;
        this.title = title;
    }

    static ApiException notFound(String title, String detail) {
        return new ApiException(HttpStatus.NOT_FOUND, title, detail);
    }

    static ApiException badRequest(String title, String detail) {
        return new ApiException(HttpStatus.BAD_REQUEST, title, detail);
    }

    HttpStatus status() {
        return status;
    }

    String title() {
        return title;
    }
}
