package org.blogplatform.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.TransactionSystemException;

class ProblemsTest {

    @Test
    void aConnectionLostMidTransactionCountsAsTheDatabaseBeingUnavailable() {
        var lostAtCommit = new TransactionSystemException(
                "Could not commit", new RuntimeException(new SQLException("I/O error", "08006")));
        var shuttingDown = new RuntimeException(new SQLException("terminating connection", "57P01"));

        assertThat(Problems.isDatabaseUnavailable(lostAtCommit)).isTrue();
        assertThat(Problems.isDatabaseUnavailable(shuttingDown)).isTrue();
        var rollbackOnClosedConnection =
                new org.springframework.orm.jpa.JpaSystemException(new org.hibernate.TransactionException(
                        "Unable to rollback against JDBC Connection", new SQLException("Connection is closed")));
        assertThat(Problems.isDatabaseUnavailable(rollbackOnClosedConnection)).isTrue();
    }

    @Test
    void otherDatabaseErrorsAreNot() {
        var duplicate = new DataIntegrityViolationException("dup", new SQLException("duplicate", "23505"));

        assertThat(Problems.isDatabaseUnavailable(duplicate)).isFalse();
        assertThat(Problems.isDatabaseUnavailable(new IllegalStateException())).isFalse();
    }

    @Test
    void aCauseChainThatLoopsBackIsWalkedOnce() {
        var outer = new RuntimeException("outer");
        var inner = new IllegalStateException("inner");
        outer.initCause(inner);
        inner.initCause(outer);

        assertThat(Problems.causes(outer).limit(10)).containsExactly(outer, inner);
    }
}
