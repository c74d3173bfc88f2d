package org.blogplatform.accounts.web;

import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * An HTTP-level refusal raised outside the domain (a rate limit, a body too large): Spring's own error response,
 * whose detail is written for the client and safe to show.
 */
public class ApiProblem extends ErrorResponseException {

    public ApiProblem(HttpStatus status, String detail) {
        super(status, ProblemDetail.forStatusAndDetail(status, detail), null);
    }

    /** 429 with {@code Retry-After}, in whole seconds rounded up. */
    public static ApiProblem tooManyRequests(String detail, Duration retryAfter) {
        ApiProblem problem = new ApiProblem(HttpStatus.TOO_MANY_REQUESTS, detail);
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        problem.getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        return problem;
    }

    /** Expected answers, often under load (a flood of 429s): no stack trace to fill in. */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
