package org.blogplatform.accounts.web;

import jakarta.validation.ConstraintViolation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns what Bean Validation and Spring report into {@link FieldProblem}s named as the client sent them: a Java
 * property name goes through Jackson's snake_case strategy, the one spring.jackson.property-naming-strategy sets.
 */
final class FieldProblems {

    private FieldProblems() {}

    static FieldProblem of(String javaName, String message) {
        return new FieldProblem(PropertyNamingStrategies.SNAKE_CASE.nameForField(null, null, javaName), message);
    }

    static List<FieldProblem> ofViolations(Collection<? extends ConstraintViolation<?>> violations) {
        return violations.stream()
                .map(v -> of(leaf(v.getPropertyPath().toString()), v.getMessage()))
                .toList();
    }

    static List<FieldProblem> ofFieldErrors(List<FieldError> errors) {
        return errors.stream().map(e -> of(e.getField(), e.getDefaultMessage())).toList();
    }

    static List<FieldProblem> ofParameters(List<ParameterValidationResult> results) {
        List<FieldProblem> problems = new ArrayList<>();
        for (ParameterValidationResult result : results) {
            if (result instanceof ParameterErrors bean) {
                problems.addAll(ofFieldErrors(bean.getFieldErrors()));
            } else {
                String name =
                        Objects.requireNonNullElse(result.getMethodParameter().getParameterName(), "parameter");
                for (MessageSourceResolvable error : result.getResolvableErrors()) {
                    problems.add(of(name, error.getDefaultMessage()));
                }
            }
        }
        return problems;
    }

    /**
     * A body field of the wrong JSON type, or one the request does not know, named by its path; empty for a body
     * that is not JSON or not an object at all (a 400).
     */
    static Optional<List<FieldProblem>> ofJson(JacksonException ex) {
        if (!(ex instanceof MismatchedInputException mismatch)
                || mismatch.getPath().isEmpty()) {
            return Optional.empty();
        }
        String field = mismatch.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
        String message = mismatch instanceof UnrecognizedPropertyException
                ? "is not a field of this request"
                : mustBe(mismatch.getTargetType());
        return Optional.of(List.of(new FieldProblem(field, message)));
    }

    /** What a value must be, in plain words, for the type it was to be read as. */
    static String mustBe(@Nullable Class<?> type) {
        if (type == String.class) {
            return "must be a string";
        }
        if (type == long.class || type == Long.class || type == int.class || type == Integer.class) {
            return "must be a whole number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "must be true or false";
        }
        return "has the wrong type";
    }

    private static String leaf(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }
}
