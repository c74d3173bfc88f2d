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

    /**
     * 429 with {@code Retry-After} in whole seconds rounded up, and the same wait in the detail in words:
     * "{detail}; try again in 12 minutes".
     */
    public static ApiProblem tooManyRequests(String detail, Duration retryAfter) {
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        ApiProblem problem =
                new ApiProblem(HttpStatus.TOO_MANY_REQUESTS, detail + "; try again in " + inWords(seconds));
        problem.getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        return problem;
    }

    /** 503 with {@code Retry-After}: the service is busy, not broken. */
    public static ApiProblem serviceUnavailable(String detail, Duration retryAfter) {
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        ApiProblem problem = new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE, detail);
        problem.getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        return problem;
    }

    /** Up to 90 seconds in seconds, up to 90 minutes in minutes, then in hours; always rounded up. */
    static String inWords(long seconds) {
        if (seconds <= 90) {
            return plural(seconds, "second");
        }
        long minutes = (seconds + 59) / 60;
        return minutes <= 90 ? plural(minutes, "minute") : plural((minutes + 59) / 60, "hour");
    }

    private static String plural(long count, String unit) {
        return count + " " + unit + (count == 1 ? "" : "s");
    }

    /** Expected answers, often under load (a flood of 429s): no stack trace to fill in. */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
