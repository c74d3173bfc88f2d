package org.blogplatform.accounts;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * When PostgreSQL goes away, requests must fail fast (and answer 503) instead of hanging: bound the driver's
 * connect and socket waits unless the JDBC URL already says otherwise. H2 rejects these settings, so they are
 * added for PostgreSQL only. Migrations at start-up are not requests: a long one on a big table may take minutes,
 * so Flyway's connections wait without a socket timeout (the pool restores it when they are returned).
 */
@Configuration(proxyBeanMethods = false)
class DatabaseTimeouts {

    @Bean
    static BeanPostProcessor postgresTimeouts() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String name) {
                if (bean instanceof HikariDataSource pool
                        && pool.getJdbcUrl() != null
                        && pool.getJdbcUrl().startsWith("jdbc:postgresql:")) {
                    setUnlessInUrl(pool, "connectTimeout", "2");
                    setUnlessInUrl(pool, "socketTimeout", "15");
                }
                return bean;
            }
        };
    }

    @Bean
    FlywayConfigurationCustomizer migrationsWithoutSocketTimeout() {
        return configuration -> {
            DataSource pool = configuration.getDataSource();
            if (isPostgres(pool)) {
                configuration.dataSource(new DelegatingDataSource(pool) {
                    @Override
                    public Connection getConnection() throws SQLException {
                        Connection connection = super.getConnection();
                        connection.setNetworkTimeout(Runnable::run, 0);
                        return connection;
                    }
                });
            }
        };
    }

    private static boolean isPostgres(@Nullable DataSource dataSource) {
        try {
            return dataSource != null
                    && dataSource.isWrapperFor(HikariDataSource.class)
                    && String.valueOf(dataSource.unwrap(HikariDataSource.class).getJdbcUrl())
                            .startsWith("jdbc:postgresql:");
        } catch (SQLException e) {
            return false;
        }
    }

    private static void setUnlessInUrl(HikariDataSource pool, String property, String seconds) {
        if (!pool.getJdbcUrl().contains(property + "=")) {
            pool.addDataSourceProperty(property, seconds);
        }
    }
}
