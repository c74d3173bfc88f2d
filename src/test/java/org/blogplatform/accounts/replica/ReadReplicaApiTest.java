package org.blogplatform.accounts.replica;

import static org.assertj.core.api.Assertions.assertThat;

import org.blogplatform.accounts.support.ApiClient;
import org.blogplatform.accounts.support.ApiClient.Account;
import org.blogplatform.accounts.support.ApiTestConfiguration;
import org.blogplatform.accounts.support.StatementCounter;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The "replica" is a second, empty database with the same schema: what a replica far behind would show. A user
 * registered on the primary is therefore missing from every read the replica answers.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:replica-routing-primary;DB_CLOSE_DELAY=-1",
            "accounts.jwt.secret=" + ApiClient.TEST_SECRET,
            "accounts.limits.client-requests-per-minute=1000000"
        })
@Import(ApiTestConfiguration.class)
class ReadReplicaApiTest {

    private static final String REPLICA = "jdbc:h2:mem:replica-routing-replica;DB_CLOSE_DELAY=-1";

    @DynamicPropertySource
    static void replica(DynamicPropertyRegistry registry) {
        Flyway.configure()
                .dataSource(REPLICA, "sa", "")
                .locations("classpath:db/migration/common", "classpath:db/migration/h2")
                .load()
                .migrate();
        registry.add("accounts.read-replica.url", () -> REPLICA);
    }

    @LocalServerPort
    int port;

    @Autowired
    StatementCounter statements;

    ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient(port);
    }

    @Test
    void anonymousReadsOfAUserComeFromTheReplicaInOneStatement() {
        Account account = api.newAccount();
        statements.reset();

        assertThat(api.get("/users/" + account.id()).status()).isEqualTo(404);
        assertThat(statements.count()).isEqualTo(1);
        assertThat(api.get("/users?limit=100").json().get("items")).isEmpty();
    }

    @Test
    void whatASignedInUserReadsComesFromThePrimary() {
        Account account = api.newAccount();
        Account reader = api.newAccount();

        assertThat(api.get("/users/" + account.id(), account.token()).status()).isEqualTo(200);
        assertThat(api.get("/users/" + account.id(), reader.token()).status()).isEqualTo(200);
        assertThat(api.get("/users/me", account.token()).status()).isEqualTo(200);
        assertThat(api.get("/users/me/profile", account.token()).status()).isEqualTo(200);
        assertThat(api.get("/users?limit=100", reader.token()).json().get("items"))
                .anySatisfy(item -> assertThat(item.get("id").asLong()).isEqualTo(account.id()));
    }
}
