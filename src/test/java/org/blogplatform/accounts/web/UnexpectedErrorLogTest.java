package org.blogplatform.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.DataIntegrityViolationException;

@ExtendWith(OutputCaptureExtension.class)
class UnexpectedErrorLogTest {

    private static final String REFUSED_ROW =
            "Failing row contains (7, someone@example.com, Someone, $argon2id$v=19$m=19456,t=2,p=1$c2FsdA)";

    @Test
    void anUnexpectedDatabaseErrorIsLoggedWithoutTheRowItRefused(CapturedOutput output) {
        var sql = new SQLException("ERROR: new row violates check constraint\n  Detail: " + REFUSED_ROW, "23514", 0);
        var failure = new DataIntegrityViolationException(
                "could not execute statement [" + sql.getMessage() + "] [insert into users values (?, ?, ?, ?)]", sql);

        var response = new ProblemHandler().unexpected(failure);

        assertThat(response.getStatusCode().value()).isEqualTo(500);
        assertThat(output.getAll())
                .contains(
                        "Unexpected error",
                        "DataIntegrityViolationException",
                        "SQLState 23514",
                        "at org.blogplatform.accounts.web.UnexpectedErrorLogTest")
                .doesNotContain("someone@example.com", "$argon2id$", "Failing row", "insert into");
    }

    @Test
    void otherUnexpectedErrorsAreLoggedWithTheirMessage(CapturedOutput output) {
        var response = new ProblemHandler().unexpected(new IllegalStateException("queue closed"));

        assertThat(response.getStatusCode().value()).isEqualTo(500);
        assertThat(output.getAll()).contains("Unexpected error", "IllegalStateException: queue closed");
    }
}
