package org.blogplatform.accounts.web;

import java.net.URI;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** Builds every error response of the service, so they all share one shape and one vocabulary. */
final class Problems {

    /** RFC 9457: the status code says it all, and the title is its reason phrase. */
    private static final URI ABOUT_BLANK = URI.create("about:blank");

    private Problems() {}

    static ProblemDetail detail(HttpStatusCode status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(ABOUT_BLANK);
        HttpStatus known = HttpStatus.resolve(status.value());
        problem.setTitle(known == null ? "Error" : known.getReasonPhrase());
        return problem;
    }

    static ResponseEntity<Object> response(HttpStatusCode status, String detail, HttpHeaders headers) {
        return ResponseEntity.status(status)
                .headers(headers)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(detail(status, detail));
    }

    static ResponseEntity<Object> invalid(List<FieldProblem> errors) {
        ProblemDetail problem = detail(HttpStatus.UNPROCESSABLE_CONTENT, "The request has invalid fields");
        problem.setProperty("errors", errors);
        return ResponseEntity.unprocessableContent()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** What the client may be told for a status raised by the framework, never the framework's own words. */
    static String defaultDetail(int status) {
        return switch (status) {
            case 400 -> "The request is malformed";
            case 401 -> "Authentication is required";
            case 403 -> "Not allowed";
            case 404 -> "Not found";
            case 405 -> "This method is not allowed on this path";
            case 406 -> "The requested media type is not available";
            case 413 -> "The request body is too large";
            case 415 -> "This content type is not supported here";
            case 503 -> "The service is temporarily unavailable; retry shortly";
            default -> status >= 500 ? "Unexpected error" : "The request was not accepted";
        };
    }
}
