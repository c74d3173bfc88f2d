package org.blogplatform.accounts.support;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points a test application context at this run's own PostgreSQL database. */
public class PostgresInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "postgres-test-database",
                        Map.of(
                                "spring.datasource.url", PostgresTestDatabase.url(),
                                "spring.datasource.username", PostgresTestDatabase.user(),
                                "spring.datasource.password", PostgresTestDatabase.password())));
    }
}
