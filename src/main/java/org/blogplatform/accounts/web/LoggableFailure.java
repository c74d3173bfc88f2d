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
        SQLException sql = sqlCause(failure);
        if (sql == null) {
            return failure;
        }
        var withheld = new WithheldDatabaseFailure(failure.getClass().getName(), sql);
        withheld.setStackTrace(failure.getStackTrace());
        return withheld;
    }

    private static SQLException sqlCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    static final class WithheldDatabaseFailure extends RuntimeException {

        WithheldDatabaseFailure(String failureClass, SQLException sql) {
            super(failureClass + " from the database: SQLState " + sql.getSQLState() + ", error code "
                    + sql.getErrorCode() + " (message withheld: it may hold row data)");
        }
    }
}
