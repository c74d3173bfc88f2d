package org.blogplatform.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.Map;
import javax.sql.DataSource;
import org.blogplatform.accounts.support.ApiClient;
import org.blogplatform.accounts.support.ApiClient.Response;
import org.blogplatform.accounts.support.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The service up, its PostgreSQL nowhere (a closed port): it must say 503 after bounded waits, and stay alive. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:postgresql://127.0.0.1:9/accounts",
            "spring.datasource.username=nobody",
            "spring.flyway.enabled=false",
            "spring.jpa.hibernate.ddl-auto=none",
            "spring.jpa.database-platform=org.hibernate.dialect.PostgreSQLDialect",
            "spring.jpa.properties.hibernate.boot.allow_jdbc_metadata_access=false",
            "spring.datasource.hikari.initialization-fail-timeout=-1",
            "accounts.jwt.secret=" + ApiClient.TEST_SECRET
        })
@ExtendWith(OutputCaptureExtension.class)
class DatabaseUnavailableApiTest {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Test
    void requestsThatNeedTheDatabaseAnswer503WithRetryAfterWithinSeconds() {
        ApiClient api = new ApiClient(port);
        Response[] responses = {
            api.get("/users/1"),
            api.get("/users?limit=5"),
            api.postJson("/auth/token", Map.of("email", "a@example.com", "password", "whatever it is")),
            api.postJson("/users/register", Map.of("email", "b@example.com", "name", "B", "password", "long enough 1"))
        };
        for (Response response : responses) {
            assertThat(response.status()).as(response.toString()).isEqualTo(503);
            assertThat(response.header("Retry-After")).isEqualTo("5");
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        }
    }

    @Test
    void aBearerRequestAlsoAnswers503NotA500AndLogsNoServletFailure(CapturedOutput output) {
        ApiClient api = new ApiClient(port);
        String token = Tokens.signed(ApiClient.TEST_SECRET, 1, Duration.ofMinutes(5));
        Response response = api.get("/users/me/profile", token);
        assertThat(response.status()).as(response.toString()).isEqualTo(503);
        assertThat(response.header("Retry-After")).isEqualTo("5");
        assertThat(output.getAll()).contains("Database unavailable").doesNotContain("Servlet.service()");
    }

    @Test
    void everyWaitForTheDatabaseIsBoundedBeforeARequestGivesUp() throws Exception {
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);

        assertThat(pool.getConnectionTimeout())
                .as("for a pooled connection, ms")
                .isEqualTo(2000);
        assertThat(pool.getDataSourceProperties())
                .as("the driver's connect and socket timeouts, s")
                .containsEntry("connectTimeout", "2")
                .containsEntry("socketTimeout", "15");
    }

    @Test
    void readinessIsDownWhileLivenessStaysUp() {
        ApiClient api = new ApiClient(port);
        assertThat(api.get("/livez").status()).isEqualTo(200);
        Response readiness = api.get("/readyz");
        assertThat(readiness.status()).isEqualTo(503);
        assertThat(readiness.body()).contains("DOWN");
    }
}
