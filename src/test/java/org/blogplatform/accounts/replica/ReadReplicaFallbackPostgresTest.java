package org.blogplatform.accounts.replica;

import static org.assertj.core.api.Assertions.assertThat;

import org.blogplatform.accounts.support.ApiClient.Account;
import org.blogplatform.accounts.support.ApiTest;
import org.blogplatform.accounts.support.OnPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** Nothing listens on port 1: the replica is down from the start, and the primary answers its reads. */
@OnPostgres
@TestPropertySource(properties = "accounts.read-replica.url=jdbc:postgresql://127.0.0.1:1/accounts")
class ReadReplicaFallbackPostgresTest extends ApiTest {

    @Test
    void publicReadsAreAnsweredByThePrimaryWhileTheReplicaIsDown() {
        Account account = api.newAccount();

        assertThat(api.get("/users/" + account.id()).status()).isEqualTo(200);
        assertThat(api.get("/users?limit=1&after=" + (account.id() - 1))
                        .json()
                        .at("/items/0/id")
                        .asLong())
                .isEqualTo(account.id());
        assertThat(api.get("/readyz").status()).isEqualTo(200);
    }
}
