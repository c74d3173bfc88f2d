package org.blogplatform.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import javax.sql.DataSource;
import org.blogplatform.accounts.support.PostgresTestDatabase;
import org.blogplatform.accounts.support.RequiresPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** A migration that outlasts the request-time socket timeout still completes at start-up. */
@RequiresPostgres
class MigrationTimeoutPostgresTest {

    @Test
    void aMigrationLongerThanTheSocketTimeoutCompletesAndRequestsKeepTheTimeout() throws Exception {
        String url = PostgresTestDatabase.newDatabaseUrl() + "?socketTimeout=1";
        try (var started = new SpringApplicationBuilder(AccountsApplication.class)
                .run(
                        "--server.port=0",
                        "--management.server.port=0",
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + PostgresTestDatabase.user(),
                        "--spring.datasource.password=" + PostgresTestDatabase.password(),
                        "--accounts.jwt.secret=test-secret-0123456789abcdef0123456789abcdef",
                        "--spring.flyway.locations=classpath:db/migration/common,classpath:db/migration/{vendor},"
                                + "classpath:db/slow-migration")) {
            try (Connection connection = started.getBean(DataSource.class).getConnection()) {
                assertThat(connection.getNetworkTimeout()).as("milliseconds").isEqualTo(1000);
            }
        }
    }
}
