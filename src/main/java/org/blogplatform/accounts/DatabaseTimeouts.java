package org.blogplatform.accounts;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * When PostgreSQL goes away, requests must fail fast (and answer 503) instead of hanging: bound the driver's
 * connect and socket waits unless the JDBC URL already says otherwise. H2 rejects these settings, so they are
 * added for PostgreSQL only.
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

    private static void setUnlessInUrl(HikariDataSource pool, String property, String seconds) {
        if (!pool.getJdbcUrl().contains(property + "=")) {
            pool.addDataSourceProperty(property, seconds);
        }
    }
}
