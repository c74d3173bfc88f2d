package org.blogplatform.accounts;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.resource.jdbc.spi.StatementInspector;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Counts the SQL statements Hibernate sends ({@code accounts_sql_statements_total} in Prometheus), so the
 * statements-per-request budget of each endpoint can be watched in production and in the benchmark. Reads
 * through {@code JdbcClient} count theirs on the same counter.
 */
@Configuration(proxyBeanMethods = false)
class StatementMetrics {

    @Bean
    Counter sqlStatements(MeterRegistry registry) {
        return Counter.builder("accounts.sql.statements")
                .description("SQL statements sent to the database")
                .register(registry);
    }

    @Bean
    HibernatePropertiesCustomizer countStatements(Counter sqlStatements) {
        Counter statements = sqlStatements;
        StatementInspector counting = sql -> {
            statements.increment();
            return sql;
        };
        return properties -> properties.put(AvailableSettings.STATEMENT_INSPECTOR, counting);
    }
}
