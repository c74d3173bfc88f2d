package org.blogplatform.accounts.web;

import jakarta.validation.ConstraintViolation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import tools.jackson.databind.PropertyNamingStrategies;

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

    private static String leaf(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }
}
