package org.blogplatform.accounts;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import javax.sql.DataSource;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.resource.jdbc.spi.StatementInspector;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.boot.jdbc.autoconfigure.JdbcProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.SQLExceptionTranslator;

/**
 * Counts the SQL statements the service sends ({@code accounts_sql_statements_total} in Prometheus), so the
 * statements-per-request budget of each endpoint can be watched in production and in the benchmark: Hibernate's
 * through a statement inspector, and those of every {@code JdbcClient} and {@code JdbcTemplate} through the
 * template they share. Not counted: Flyway's migrations and the limits' own pool (Bucket4j's).
 */
@Configuration(proxyBeanMethods = false)
class StatementMetrics {

    @Bean
    Counter sqlStatements(MeterRegistry registry) {
        return Counter.builder("accounts.sql.statements")
                .description("SQL statements sent to the database")
                .register(registry);
    }

    /** Boot's template, configured from the same {@code spring.jdbc.template.*} settings, but counting. */
    @Bean
    JdbcTemplate jdbcTemplate(
            DataSource dataSource,
            JdbcProperties properties,
            ObjectProvider<SQLExceptionTranslator> translator,
            Counter sqlStatements) {
        JdbcTemplate template = new CountingJdbcTemplate(dataSource, sqlStatements);
        JdbcProperties.Template settings = properties.getTemplate();
        template.setIgnoreWarnings(settings.isIgnoreWarnings());
        template.setFetchSize(settings.getFetchSize());
        template.setMaxRows(settings.getMaxRows());
        if (settings.getQueryTimeout() != null) {
            template.setQueryTimeout((int) settings.getQueryTimeout().toSeconds());
        }
        template.setSkipResultsProcessing(settings.isSkipResultsProcessing());
        template.setSkipUndeclaredResults(settings.isSkipUndeclaredResults());
        template.setResultsMapCaseInsensitive(settings.isResultsMapCaseInsensitive());
        translator.ifUnique(template::setExceptionTranslator);
        return template;
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
