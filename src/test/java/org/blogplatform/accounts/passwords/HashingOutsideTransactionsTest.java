package org.blogplatform.accounts.passwords;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.blogplatform.accounts.support.ApiClient;
import org.blogplatform.accounts.support.ApiClient.Account;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Every hash and verification of a full account life runs with no transaction, hence no pooled connection, held. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:hashing-outside;DB_CLOSE_DELAY=-1",
            "accounts.jwt.secret=" + ApiClient.TEST_SECRET
        })
class HashingOutsideTransactionsTest {

    @TestConfiguration
    static class Recording {
        @Bean
        @Primary
        RecordingHasher recordingHasher() {
            return new RecordingHasher();
        }
    }

    static class RecordingHasher extends PasswordHasher {
        final List<Boolean> insideTransaction = new CopyOnWriteArrayList<>();

        RecordingHasher() {
            super(2);
        }

        @Override
        public String hash(CharSequence password) {
            insideTransaction.add(TransactionSynchronizationManager.isActualTransactionActive());
            return super.hash(password);
        }

        @Override
        public boolean matches(CharSequence password, String storedHash) {
            insideTransaction.add(TransactionSynchronizationManager.isActualTransactionActive());
            return super.matches(password, storedHash);
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    RecordingHasher hasher;

    @Test
    void registrationSignInAndPasswordChangeHashOutsideAnyTransaction() {
        ApiClient api = new ApiClient(port);
        Account account = api.newAccount();
        api.postJson("/auth/token", Map.of("email", account.email(), "password", "wrong password"));
        api.postJson("/auth/token", Map.of("email", "unknown@example.com", "password", "wrong password"));
        api.send(
                "PUT",
                "/users/me/password",
                "application/json",
                ApiClient.json(Map.of("current_password", account.password(), "new_password", "another long one")),
                account.token());

        assertThat(hasher.insideTransaction).hasSizeGreaterThanOrEqualTo(6).containsOnly(false);
    }
}
