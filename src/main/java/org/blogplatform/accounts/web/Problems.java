package org.blogplatform.accounts.web;

import java.net.URI;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.hibernate.exception.JDBCConnectionException;
import org.slf4j.MDC;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.transaction.CannotCreateTransactionException;

/** Builds every error response of the service, so they all share one shape and one vocabulary. */
final class Problems {

    /** RFC 9457: the status code says it all, and the title is its reason phrase. */
    private static final String RETRY_AFTER_SECONDS = "5";

    private static final URI ABOUT_BLANK = URI.create("about:blank");

    private Problems() {}

    static ProblemDetail detail(HttpStatusCode status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(ABOUT_BLANK);
        String requestId = MDC.get(RequestIdFilter.MDC_KEY);
        if (requestId != null) {
            problem.setProperty(RequestIdFilter.MDC_KEY, requestId);
        }
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

    static ResponseEntity<Object> unauthenticated(AuthenticationException ex) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(
                HttpHeaders.WWW_AUTHENTICATE,
                ex instanceof InvalidBearerTokenException ? "Bearer error=\"invalid_token\"" : "Bearer");
        String detail;
        if (ex instanceof BadCredentialsException) {
            detail = "Incorrect email or password";
        } else if (ex instanceof InvalidBearerTokenException) {
            detail = "The bearer token is invalid, expired or revoked";
        } else {
            detail = "A valid bearer token is required";
        }
        return response(HttpStatus.UNAUTHORIZED, detail, headers);
    }

    static ResponseEntity<Object> databaseUnavailable() {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        return response(HttpStatus.SERVICE_UNAVAILABLE, defaultDetail(503), headers);
    }

    /**
     * True when the database could not be reached, went away mid-request or answered too late: anywhere in the
     * cause chain, a connection failure as Spring or Hibernate name it, or an SQL state of class 08 (connection
     * exception) or 57P (the server shutting down or starting up).
     */
    static boolean isDatabaseUnavailable(Throwable failure) {
        if (causedBy(
                failure,
                DataAccessResourceFailureException.class,
                CannotCreateTransactionException.class,
                QueryTimeoutException.class,
                JDBCConnectionException.class,
                SQLTransientConnectionException.class,
                // a commit or rollback that failed on its JDBC connection: the connection is gone
                org.hibernate.TransactionException.class)) {
            return true;
        }
        return causes(failure)
                .filter(SQLException.class::isInstance)
                .map(t -> ((SQLException) t).getSQLState())
                .anyMatch(state -> state != null && (state.startsWith("08") || state.startsWith("57P")));
    }

    @SafeVarargs
    static boolean causedBy(Throwable failure, Class<? extends Throwable>... types) {
        return causes(failure).anyMatch(t -> Stream.of(types).anyMatch(type -> type.isInstance(t)));
    }

    /** The failure and its causes, outermost first; each once, so a chain that loops back ends. */
    static Stream<Throwable> causes(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        return Stream.iterate(failure, t -> t != null && seen.add(t), Throwable::getCause);
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
