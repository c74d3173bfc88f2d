package org.blogplatform.accounts.web;

import java.sql.SQLException;

/**
 * What of an unexpected failure may be logged. A database error's message carries the statement and, on
 * PostgreSQL, the row it refused ("Failing row contains (…)": an email and a password hash), so a failure
 * with an SQLException in its chain is logged as its SQLState and where it happened, without any message.
 */
final class LoggableFailure {

    private LoggableFailure() {}

    static Throwable of(Throwable failure) {
        return Problems.causes(failure)
                .filter(SQLException.class::isInstance)
                .findFirst()
                .<Throwable>map(sql -> withheld(failure, (SQLException) sql))
                .orElse(failure);
    }

    private static Throwable withheld(Throwable failure, SQLException sql) {
        var withheld = new WithheldDatabaseFailure(failure.getClass().getName(), sql);
        withheld.setStackTrace(failure.getStackTrace());
        return withheld;
    }

    static final class WithheldDatabaseFailure extends RuntimeException {

        WithheldDatabaseFailure(String failureClass, SQLException sql) {
            super(failureClass + " from the database: SQLState " + sql.getSQLState() + ", error code "
                    + sql.getErrorCode() + " (message withheld: it may hold row data)");
        }
    }
}
