package org.blogplatform.accounts.web;

import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Objects;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * The one place errors become responses: RFC 9457 problem details whose text is ours, never an exception
 * message, so no SQL, class name or stack trace can reach a client.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);
    private static final String NOT_THE_EXPECTED_JSON = "The request body is not valid JSON of the expected shape";

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<Object> apiProblem(ApiProblem problem) {
        return Problems.response(problem.getStatusCode(), problem.getBody().getDetail(), problem.getHeaders());
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<Object> domain(DomainException refusal) {
        HttpStatus status =
                switch (refusal.kind()) {
                    case NOT_FOUND -> HttpStatus.NOT_FOUND;
                    case CONFLICT -> HttpStatus.CONFLICT;
                    case DENIED -> HttpStatus.FORBIDDEN;
                    case STALE -> HttpStatus.PRECONDITION_FAILED;
                    case MALFORMED -> HttpStatus.BAD_REQUEST;
                };
        return Problems.response(status, refusal.getMessage(), HttpHeaders.EMPTY);
    }

    @ExceptionHandler(InvalidField.class)
    ResponseEntity<Object> invalidField(InvalidField invalid) {
        return Problems.invalid(List.of(FieldProblems.of(invalid.field(), invalid.getMessage())));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraintViolation(ConstraintViolationException ex) {
        return Problems.invalid(FieldProblems.ofViolations(ex.getConstraintViolations()));
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<Object> unauthenticated(AuthenticationException ex) {
        if (Problems.isDatabaseUnavailable(ex)) {
            return databaseUnavailable(ex);
        }
        return Problems.unauthenticated(ex);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> accessDenied(AccessDeniedException ex) {
        return Problems.response(HttpStatus.FORBIDDEN, Problems.defaultDetail(403), HttpHeaders.EMPTY);
    }

    @ExceptionHandler(JacksonException.class)
    ResponseEntity<Object> unreadableJson(JacksonException ex) {
        return FieldProblems.ofJson(ex)
                .map(Problems::invalid)
                .orElseGet(() -> Problems.response(HttpStatus.BAD_REQUEST, NOT_THE_EXPECTED_JSON, HttpHeaders.EMPTY));
    }

    /** Parameters the firewall refuses, or that the container cannot even decode (a stray '%'). */
    @ExceptionHandler({RequestRejectedException.class, InvalidParameterException.class})
    ResponseEntity<Object> rejectedParameters(RuntimeException ex) {
        return Problems.response(HttpStatus.BAD_REQUEST, Problems.defaultDetail(400), HttpHeaders.EMPTY);
    }

    private static ResponseEntity<Object> databaseUnavailable(Exception ex) {
        log.warn("Database unavailable: {}", ex.getClass().getSimpleName());
        return Problems.databaseUnavailable();
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception ex) {
        if (Problems.isDatabaseUnavailable(ex)) {
            return databaseUnavailable(ex);
        }
        log.error("Unexpected error", LoggableFailure.of(ex));
        return Problems.response(HttpStatus.INTERNAL_SERVER_ERROR, Problems.defaultDetail(500), HttpHeaders.EMPTY);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (Problems.causedBy(ex, RequestBodyLimitFilter.BodyTooLargeException.class)) {
            return apiProblem(RequestBodyLimitFilter.tooLarge());
        }
        if (ex.getCause() instanceof JacksonException json) {
            return unreadableJson(json);
        }
        return Problems.response(status, NOT_THE_EXPECTED_JSON, headers);
    }

    /** A path or query parameter that is not of its type ({@code /users/abc}, {@code ?limit=ten}). */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String name = Objects.requireNonNullElse(ex.getPropertyName(), "parameter");
        return Problems.invalid(List.of(FieldProblems.of(name, FieldProblems.mustBe(ex.getRequiredType()))));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return Problems.invalid(FieldProblems.ofFieldErrors(ex.getFieldErrors()));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return Problems.invalid(FieldProblems.ofParameters(ex.getParameterValidationResults()));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception ex, Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        if (statusCode.is5xxServerError()) {
            log.error("Request failed", LoggableFailure.of(ex));
        }
        return Problems.response(statusCode, Problems.defaultDetail(statusCode.value()), headers);
    }
}
