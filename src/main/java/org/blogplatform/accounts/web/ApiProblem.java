package org.blogplatform.accounts.web;

import java.time.Duration;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/** An error the client caused and can act on; the detail is written for the client and safe to show. */
public class ApiProblem extends RuntimeException {

    private final HttpStatus status;
    private final HttpHeaders headers;

    public ApiProblem(HttpStatus status, String detail) {
        this(status, detail, HttpHeaders.EMPTY);
    }

    private ApiProblem(HttpStatus status, String detail, HttpHeaders headers) {
        super(detail, null, false, false);
        this.status = status;
        this.headers = headers;
    }

    /** 429 with {@code Retry-After}, in whole seconds rounded up. */
    public static ApiProblem tooManyRequests(String detail, Duration retryAfter) {
        HttpHeaders headers = new HttpHeaders();
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        return new ApiProblem(HttpStatus.TOO_MANY_REQUESTS, detail, headers);
    }

    public HttpStatus status() {
        return status;
    }

    HttpHeaders headers() {
        return headers;
    }

    /** Extension members of the problem document (RFC 9457 §3.2), e.g. OAuth's {@code error} code. */
    protected Map<String, Object> members() {
        return Map.of();
    }
}
