package org.blogplatform.accounts.web;

import java.util.Locale;

/** One bad field of a request, named as the client sent it (snake_case). */
record FieldProblem(String field, String message) {

    static FieldProblem of(String javaName, String message) {
        return new FieldProblem(snakeCase(javaName), message);
    }

    private static String snakeCase(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
