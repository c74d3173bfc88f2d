package org.blogplatform.accounts;

import io.micrometer.core.instrument.Counter;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The template behind every {@code JdbcClient}: each statement it prepares passes through {@link
 * #applyStatementSettings}, whichever query, update or callback method created it, so counting there counts
 * them all.
 */
class CountingJdbcTemplate extends JdbcTemplate {

    private final Counter statements;

    CountingJdbcTemplate(DataSource dataSource, Counter statements) {
        super(dataSource);
        this.statements = statements;
    }

    @Override
    protected void applyStatementSettings(Statement statement) throws SQLException {
        super.applyStatementSettings(statement);
        statements.increment();
    }
}
